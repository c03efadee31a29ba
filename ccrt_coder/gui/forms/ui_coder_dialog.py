# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'coder_dialog.ui'
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
    QDialogButtonBox, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_CoderDialog(object):
    def setupUi(self, CoderDialog):
        if not CoderDialog.objectName():
            CoderDialog.setObjectName(u"CoderDialog")
        CoderDialog.resize(460, 440)
        CoderDialog.setMinimumSize(QSize(420, 0))
        self.mainLayout = QVBoxLayout(CoderDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 18, 20, 16)
        self.titleLabel = QLabel(CoderDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(CoderDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.introSpacer = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.introSpacer)

        self.coderListLabel = QLabel(CoderDialog)
        self.coderListLabel.setObjectName(u"coderListLabel")

        self.mainLayout.addWidget(self.coderListLabel)

        self.coderList = QListWidget(CoderDialog)
        self.coderList.setObjectName(u"coderList")
        self.coderList.setAlternatingRowColors(False)
        self.coderList.setUniformItemSizes(True)

        self.mainLayout.addWidget(self.coderList)

        self.newCoderLabel = QLabel(CoderDialog)
        self.newCoderLabel.setObjectName(u"newCoderLabel")

        self.mainLayout.addWidget(self.newCoderLabel)

        self.newCoderEdit = QLineEdit(CoderDialog)
        self.newCoderEdit.setObjectName(u"newCoderEdit")
        self.newCoderEdit.setClearButtonEnabled(True)

        self.mainLayout.addWidget(self.newCoderEdit)

        self.leadSpacer = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.leadSpacer)

        self.leadCheck = QCheckBox(CoderDialog)
        self.leadCheck.setObjectName(u"leadCheck")

        self.mainLayout.addWidget(self.leadCheck)

        self.leadHint = QLabel(CoderDialog)
        self.leadHint.setObjectName(u"leadHint")
        self.leadHint.setWordWrap(True)
        self.leadHint.setIndent(24)

        self.mainLayout.addWidget(self.leadHint)

        self.buttonSpacer = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(CoderDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.coderListLabel.setBuddy(self.coderList)
        self.newCoderLabel.setBuddy(self.newCoderEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.coderList, self.newCoderEdit)
        QWidget.setTabOrder(self.newCoderEdit, self.leadCheck)

        self.retranslateUi(CoderDialog)
        self.buttonBox.accepted.connect(CoderDialog.accept)
        self.buttonBox.rejected.connect(CoderDialog.reject)

        QMetaObject.connectSlotsByName(CoderDialog)
    # setupUi

    def retranslateUi(self, CoderDialog):
        CoderDialog.setWindowTitle(QCoreApplication.translate("CoderDialog", u"Who is coding?", None))
        self.titleLabel.setText(QCoreApplication.translate("CoderDialog", u"Who is coding?", None))
        self.introLabel.setText(QCoreApplication.translate("CoderDialog", u"Choose your name. Your units and ratings are kept apart from the other coders' work.", None))
        self.coderListLabel.setText(QCoreApplication.translate("CoderDialog", u"&Coders in this project", None))
        self.newCoderLabel.setText(QCoreApplication.translate("CoderDialog", u"Or &add a new coder", None))
        self.newCoderEdit.setPlaceholderText(QCoreApplication.translate("CoderDialog", u"Name, e.g. Coder C (J. Smith)", None))
        self.leadCheck.setText(QCoreApplication.translate("CoderDialog", u"I &lead this project (consensus meetings, blind-coding setting)", None))
        self.leadHint.setText(QCoreApplication.translate("CoderDialog", u"Leave this unticked while you code: blind coding keeps the other coders' work out of view.", None))
    # retranslateUi

