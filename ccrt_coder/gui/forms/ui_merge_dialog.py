# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTextBrowser, QVBoxLayout, QWidget)

class Ui_MergeDialog(object):
    def setupUi(self, MergeDialog):
        if not MergeDialog.objectName():
            MergeDialog.setObjectName(u"MergeDialog")
        MergeDialog.resize(700, 600)
        MergeDialog.setMinimumSize(QSize(600, 480))
        self.mainLayout = QVBoxLayout(MergeDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 18, 20, 16)
        self.introLabel = QLabel(MergeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.introSpacer = QSpacerItem(0, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.introSpacer)

        self.sourcesLabel = QLabel(MergeDialog)
        self.sourcesLabel.setObjectName(u"sourcesLabel")

        self.mainLayout.addWidget(self.sourcesLabel)

        self.sourcesRow = QHBoxLayout()
        self.sourcesRow.setSpacing(8)
        self.sourcesRow.setObjectName(u"sourcesRow")
        self.sourceList = QListWidget(MergeDialog)
        self.sourceList.setObjectName(u"sourceList")
        self.sourceList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.sourceList.setUniformItemSizes(True)

        self.sourcesRow.addWidget(self.sourceList)

        self.sourceButtons = QVBoxLayout()
        self.sourceButtons.setSpacing(6)
        self.sourceButtons.setObjectName(u"sourceButtons")
        self.addButton = QPushButton(MergeDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.sourceButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(MergeDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.sourceButtons.addWidget(self.removeButton)

        self.sourceButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sourceButtons.addItem(self.sourceButtonsSpacer)


        self.sourcesRow.addLayout(self.sourceButtons)


        self.mainLayout.addLayout(self.sourcesRow)

        self.previewSpacer = QSpacerItem(0, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.previewSpacer)

        self.previewLabel = QLabel(MergeDialog)
        self.previewLabel.setObjectName(u"previewLabel")

        self.mainLayout.addWidget(self.previewLabel)

        self.preview = QTextBrowser(MergeDialog)
        self.preview.setObjectName(u"preview")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.preview.sizePolicy().hasHeightForWidth())
        self.preview.setSizePolicy(sizePolicy)
        self.preview.setOpenLinks(False)

        self.mainLayout.addWidget(self.preview)

        self.summaryLabel = QLabel(MergeDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.progressBar = QProgressBar(MergeDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setTextVisible(False)

        self.mainLayout.addWidget(self.progressBar)

        self.buttonBox = QDialogButtonBox(MergeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sourcesLabel.setBuddy(self.sourceList)
        self.previewLabel.setBuddy(self.preview)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sourceList, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.preview)

        self.retranslateUi(MergeDialog)

        QMetaObject.connectSlotsByName(MergeDialog)
    # setupUi

    def retranslateUi(self, MergeDialog):
        MergeDialog.setWindowTitle(QCoreApplication.translate("MergeDialog", u"Merge coders' projects", None))
        self.introLabel.setText(QCoreApplication.translate("MergeDialog", u"Bring in the work of coders who coded copies of this study on their own computers. Their units and completeness ratings are added; nothing in this project is overwritten, and a backup is made first.", None))
        self.sourcesLabel.setText(QCoreApplication.translate("MergeDialog", u"&Copies to merge into this project:", None))
        self.addButton.setText(QCoreApplication.translate("MergeDialog", u"&Add\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("MergeDialog", u"&Remove", None))
        self.previewLabel.setText(QCoreApplication.translate("MergeDialog", u"&What the merge would do:", None))
    # retranslateUi

