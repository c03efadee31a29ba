# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_codes_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ImportCodesDialog(object):
    def setupUi(self, ImportCodesDialog):
        if not ImportCodesDialog.objectName():
            ImportCodesDialog.setObjectName(u"ImportCodesDialog")
        ImportCodesDialog.resize(560, 300)
        ImportCodesDialog.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(ImportCodesDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 18, 20, 16)
        self.introLabel = QLabel(ImportCodesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(10)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.fileLabel = QLabel(ImportCodesDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setSpacing(6)
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(ImportCodesDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ImportCodesDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileRow.addWidget(self.browseButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.coderLabel = QLabel(ImportCodesDialog)
        self.coderLabel.setObjectName(u"coderLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.coderLabel)

        self.coderColumn = QVBoxLayout()
        self.coderColumn.setSpacing(4)
        self.coderColumn.setObjectName(u"coderColumn")
        self.coderCombo = QComboBox(ImportCodesDialog)
        self.coderCombo.setObjectName(u"coderCombo")
        self.coderCombo.setEditable(True)
        self.coderCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.coderColumn.addWidget(self.coderCombo)

        self.coderHint = QLabel(ImportCodesDialog)
        self.coderHint.setObjectName(u"coderHint")
        self.coderHint.setWordWrap(True)

        self.coderColumn.addWidget(self.coderHint)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.coderColumn)

        self.skipExistingCheck = QCheckBox(ImportCodesDialog)
        self.skipExistingCheck.setObjectName(u"skipExistingCheck")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.skipExistingCheck)


        self.mainLayout.addLayout(self.form)

        self.progressSpacer = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.progressSpacer)

        self.progressBar = QProgressBar(ImportCodesDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(0)
        self.progressBar.setTextVisible(False)

        self.mainLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ImportCodesDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(ImportCodesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.coderLabel.setBuddy(self.coderCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.coderCombo)
        QWidget.setTabOrder(self.coderCombo, self.skipExistingCheck)

        self.retranslateUi(ImportCodesDialog)

        QMetaObject.connectSlotsByName(ImportCodesDialog)
    # setupUi

    def retranslateUi(self, ImportCodesDialog):
        ImportCodesDialog.setWindowTitle(QCoreApplication.translate("ImportCodesDialog", u"Import coded units", None))
        self.introLabel.setText(QCoreApplication.translate("ImportCodesDialog", u"Add coded units from a Units sheet (.xlsx) or a units CSV file, such as an export of another copy of this study. REs are matched by dyad, narrator, phase and RE number; a row without start and end is found by its exact text in the RE. Every row is checked first: if one is wrong, nothing is added.", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportCodesDialog", u"&File:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportCodesDialog", u"study.xlsx or study-units.csv", None))
        self.browseButton.setText(QCoreApplication.translate("ImportCodesDialog", u"&Browse\u2026", None))
        self.coderLabel.setText(QCoreApplication.translate("ImportCodesDialog", u"&Coder:", None))
        self.coderHint.setText(QCoreApplication.translate("ImportCodesDialog", u"Leave empty to take each row's coder from the file's Coder column. A name here makes every row that coder's; a new name adds a coder.", None))
        self.skipExistingCheck.setText(QCoreApplication.translate("ImportCodesDialog", u"&Skip units the project has already", None))
#if QT_CONFIG(tooltip)
        self.skipExistingCheck.setToolTip(QCoreApplication.translate("ImportCodesDialog", u"A row whose unit is in the project already (same coder, layer, RE, component, text and categories) is skipped and counted instead of stopping the import; the other rows are still added all or none.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

