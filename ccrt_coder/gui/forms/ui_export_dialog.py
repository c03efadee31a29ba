# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QProgressBar, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(580, 480)
        ExportDialog.setMinimumSize(QSize(540, 0))
        self.mainLayout = QVBoxLayout(ExportDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 18, 20, 16)
        self.introLabel = QLabel(ExportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(10)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.fileLabel = QLabel(ExportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileColumn = QVBoxLayout()
        self.fileColumn.setSpacing(4)
        self.fileColumn.setObjectName(u"fileColumn")
        self.fileRow = QHBoxLayout()
        self.fileRow.setSpacing(6)
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(ExportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ExportDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileRow.addWidget(self.browseButton)


        self.fileColumn.addLayout(self.fileRow)

        self.formatHint = QLabel(ExportDialog)
        self.formatHint.setObjectName(u"formatHint")
        self.formatHint.setWordWrap(True)

        self.fileColumn.addWidget(self.formatHint)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileColumn)

        self.codersLabel = QLabel(ExportDialog)
        self.codersLabel.setObjectName(u"codersLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codersLabel)

        self.coderList = QListWidget(ExportDialog)
        self.coderList.setObjectName(u"coderList")
        self.coderList.setUniformItemSizes(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.coderList)

        self.layerLabel = QLabel(ExportDialog)
        self.layerLabel.setObjectName(u"layerLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.layerLabel)

        self.layerRow = QHBoxLayout()
        self.layerRow.setSpacing(16)
        self.layerRow.setObjectName(u"layerRow")
        self.ownLayerRadio = QRadioButton(ExportDialog)
        self.ownLayerRadio.setObjectName(u"ownLayerRadio")

        self.layerRow.addWidget(self.ownLayerRadio)

        self.consensusRadio = QRadioButton(ExportDialog)
        self.consensusRadio.setObjectName(u"consensusRadio")

        self.layerRow.addWidget(self.consensusRadio)

        self.bothLayersRadio = QRadioButton(ExportDialog)
        self.bothLayersRadio.setObjectName(u"bothLayersRadio")
        self.bothLayersRadio.setChecked(True)

        self.layerRow.addWidget(self.bothLayersRadio)

        self.layerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.layerRow.addItem(self.layerSpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.layerRow)

        self.sheetsLabel = QLabel(ExportDialog)
        self.sheetsLabel.setObjectName(u"sheetsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sheetsLabel)

        self.sheetGrid = QGridLayout()
        self.sheetGrid.setObjectName(u"sheetGrid")
        self.sheetGrid.setHorizontalSpacing(16)
        self.sheetGrid.setVerticalSpacing(6)
        self.unitsCheck = QCheckBox(ExportDialog)
        self.unitsCheck.setObjectName(u"unitsCheck")
        self.unitsCheck.setChecked(True)

        self.sheetGrid.addWidget(self.unitsCheck, 0, 0, 1, 1)

        self.resCheck = QCheckBox(ExportDialog)
        self.resCheck.setObjectName(u"resCheck")
        self.resCheck.setChecked(True)

        self.sheetGrid.addWidget(self.resCheck, 0, 1, 1, 1)

        self.ccrtCheck = QCheckBox(ExportDialog)
        self.ccrtCheck.setObjectName(u"ccrtCheck")
        self.ccrtCheck.setChecked(True)

        self.sheetGrid.addWidget(self.ccrtCheck, 0, 2, 1, 1)

        self.comparisonCheck = QCheckBox(ExportDialog)
        self.comparisonCheck.setObjectName(u"comparisonCheck")
        self.comparisonCheck.setChecked(True)

        self.sheetGrid.addWidget(self.comparisonCheck, 0, 3, 1, 1)

        self.agreementCheck = QCheckBox(ExportDialog)
        self.agreementCheck.setObjectName(u"agreementCheck")
        self.agreementCheck.setChecked(True)

        self.sheetGrid.addWidget(self.agreementCheck, 1, 0, 1, 1)

        self.categoriesCheck = QCheckBox(ExportDialog)
        self.categoriesCheck.setObjectName(u"categoriesCheck")
        self.categoriesCheck.setChecked(True)

        self.sheetGrid.addWidget(self.categoriesCheck, 1, 1, 1, 1)

        self.memosCheck = QCheckBox(ExportDialog)
        self.memosCheck.setObjectName(u"memosCheck")
        self.memosCheck.setChecked(True)

        self.sheetGrid.addWidget(self.memosCheck, 1, 3, 1, 1)

        self.dyadsCheck = QCheckBox(ExportDialog)
        self.dyadsCheck.setObjectName(u"dyadsCheck")
        self.dyadsCheck.setChecked(True)

        self.sheetGrid.addWidget(self.dyadsCheck, 2, 0, 1, 1)

        self.aboutCheck = QCheckBox(ExportDialog)
        self.aboutCheck.setObjectName(u"aboutCheck")
        self.aboutCheck.setChecked(True)

        self.sheetGrid.addWidget(self.aboutCheck, 1, 2, 1, 1)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.sheetGrid)


        self.mainLayout.addLayout(self.form)

        self.progressSpacer = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.progressSpacer)

        self.progressRow = QHBoxLayout()
        self.progressRow.setSpacing(8)
        self.progressRow.setObjectName(u"progressRow")
        self.progressBar = QProgressBar(ExportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.progressRow.addWidget(self.progressBar)

        self.cancelButton = QPushButton(ExportDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.progressRow.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.progressRow)

        self.statusLabel = QLabel(ExportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.codersLabel.setBuddy(self.coderList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.coderList)
        QWidget.setTabOrder(self.coderList, self.ownLayerRadio)
        QWidget.setTabOrder(self.ownLayerRadio, self.consensusRadio)
        QWidget.setTabOrder(self.consensusRadio, self.bothLayersRadio)
        QWidget.setTabOrder(self.bothLayersRadio, self.unitsCheck)
        QWidget.setTabOrder(self.unitsCheck, self.resCheck)
        QWidget.setTabOrder(self.resCheck, self.ccrtCheck)
        QWidget.setTabOrder(self.ccrtCheck, self.comparisonCheck)
        QWidget.setTabOrder(self.comparisonCheck, self.dyadsCheck)
        QWidget.setTabOrder(self.dyadsCheck, self.agreementCheck)
        QWidget.setTabOrder(self.agreementCheck, self.categoriesCheck)
        QWidget.setTabOrder(self.categoriesCheck, self.aboutCheck)
        QWidget.setTabOrder(self.aboutCheck, self.memosCheck)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export coded set", None))
        self.introLabel.setText(QCoreApplication.translate("ExportDialog", u"Write the coded set for Excel, LibreOffice or a statistics program: one workbook (.xlsx), or one CSV file per sheet (.csv).", None))
        self.fileLabel.setText(QCoreApplication.translate("ExportDialog", u"&File:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"study.xlsx or study.csv", None))
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"&Browse\u2026", None))
        self.formatHint.setText(QCoreApplication.translate("ExportDialog", u"One workbook with a sheet for each part.", None))
        self.codersLabel.setText(QCoreApplication.translate("ExportDialog", u"&Coders:", None))
#if QT_CONFIG(tooltip)
        self.coderList.setToolTip(QCoreApplication.translate("ExportDialog", u"Whose units and ratings to export", None))
#endif // QT_CONFIG(tooltip)
        self.layerLabel.setText(QCoreApplication.translate("ExportDialog", u"Layer:", None))
        self.ownLayerRadio.setText(QCoreApplication.translate("ExportDialog", u"C&oders' own coding", None))
        self.consensusRadio.setText(QCoreApplication.translate("ExportDialog", u"Co&nsensus", None))
        self.bothLayersRadio.setText(QCoreApplication.translate("ExportDialog", u"&Both", None))
        self.sheetsLabel.setText(QCoreApplication.translate("ExportDialog", u"Sheets:", None))
        self.unitsCheck.setText(QCoreApplication.translate("ExportDialog", u"&Units", None))
#if QT_CONFIG(tooltip)
        self.unitsCheck.setToolTip(QCoreApplication.translate("ExportDialog", u"One row per coded unit (W, RO, RS) with its RE, category, text and memo", None))
#endif // QT_CONFIG(tooltip)
        self.resCheck.setText(QCoreApplication.translate("ExportDialog", u"&REs", None))
#if QT_CONFIG(tooltip)
        self.resCheck.setToolTip(QCoreApplication.translate("ExportDialog", u"One row per relationship episode, with each coder's completeness rating", None))
#endif // QT_CONFIG(tooltip)
        self.ccrtCheck.setText(QCoreApplication.translate("ExportDialog", u"CC&RT", None))
#if QT_CONFIG(tooltip)
        self.ccrtCheck.setToolTip(QCoreApplication.translate("ExportDialog", u"The CCRT per dyad, narrator, phase and layer", None))
#endif // QT_CONFIG(tooltip)
        self.comparisonCheck.setText(QCoreApplication.translate("ExportDialog", u"Com&parison", None))
#if QT_CONFIG(tooltip)
        self.comparisonCheck.setToolTip(QCoreApplication.translate("ExportDialog", u"Patient and therapist CCRTs side by side, per dyad and phase", None))
#endif // QT_CONFIG(tooltip)
        self.agreementCheck.setText(QCoreApplication.translate("ExportDialog", u"&Agreement", None))
#if QT_CONFIG(tooltip)
        self.agreementCheck.setToolTip(QCoreApplication.translate("ExportDialog", u"Inter-rater agreement of the coders' own layers", None))
#endif // QT_CONFIG(tooltip)
        self.categoriesCheck.setText(QCoreApplication.translate("ExportDialog", u"Ca&tegories", None))
#if QT_CONFIG(tooltip)
        self.categoriesCheck.setToolTip(QCoreApplication.translate("ExportDialog", u"The category system the project codes with", None))
#endif // QT_CONFIG(tooltip)
        self.memosCheck.setText(QCoreApplication.translate("ExportDialog", u"&Memos", None))
#if QT_CONFIG(tooltip)
        self.memosCheck.setToolTip(QCoreApplication.translate("ExportDialog", u"One row per coder's memo on an interview or an RE", None))
#endif // QT_CONFIG(tooltip)
        self.dyadsCheck.setText(QCoreApplication.translate("ExportDialog", u"D&yad similarity", None))
#if QT_CONFIG(tooltip)
        self.dyadsCheck.setToolTip(QCoreApplication.translate("ExportDialog", u"Patient-therapist similarity over the dyads (mean, SD, range), the pooled profiles apart, and the chance baseline", None))
#endif // QT_CONFIG(tooltip)
        self.aboutCheck.setText(QCoreApplication.translate("ExportDialog", u"Abo&ut", None))
#if QT_CONFIG(tooltip)
        self.aboutCheck.setToolTip(QCoreApplication.translate("ExportDialog", u"The project, export time, app version and settings such as thresholds", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("ExportDialog", u"Cancel export", None))
    # retranslateUi

