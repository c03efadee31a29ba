# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'project_settings.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QDoubleSpinBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ProjectSettingsDialog(object):
    def setupUi(self, ProjectSettingsDialog):
        if not ProjectSettingsDialog.objectName():
            ProjectSettingsDialog.setObjectName(u"ProjectSettingsDialog")
        ProjectSettingsDialog.resize(520, 400)
        ProjectSettingsDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(ProjectSettingsDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 18, 20, 16)
        self.introLabel = QLabel(ProjectSettingsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(10)
        self.nameLabel = QLabel(ProjectSettingsDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ProjectSettingsDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.phasesLabel = QLabel(ProjectSettingsDialog)
        self.phasesLabel.setObjectName(u"phasesLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phasesLabel)

        self.phasesEdit = QLineEdit(ProjectSettingsDialog)
        self.phasesEdit.setObjectName(u"phasesEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phasesEdit)

        self.thresholdLabel = QLabel(ProjectSettingsDialog)
        self.thresholdLabel.setObjectName(u"thresholdLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.thresholdLabel)

        self.thresholdSpin = QDoubleSpinBox(ProjectSettingsDialog)
        self.thresholdSpin.setObjectName(u"thresholdSpin")
        self.thresholdSpin.setDecimals(1)
        self.thresholdSpin.setMinimum(1.000000000000000)
        self.thresholdSpin.setMaximum(5.000000000000000)
        self.thresholdSpin.setSingleStep(0.500000000000000)
        self.thresholdSpin.setValue(2.500000000000000)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.thresholdSpin)

        self.minResLabel = QLabel(ProjectSettingsDialog)
        self.minResLabel.setObjectName(u"minResLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.minResLabel)

        self.minResSpin = QSpinBox(ProjectSettingsDialog)
        self.minResSpin.setObjectName(u"minResSpin")
        self.minResSpin.setMinimum(1)
        self.minResSpin.setMaximum(99)
        self.minResSpin.setValue(10)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.minResSpin)

        self.minResHint = QLabel(ProjectSettingsDialog)
        self.minResHint.setObjectName(u"minResHint")
        self.minResHint.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.minResHint)

        self.blindLabel = QLabel(ProjectSettingsDialog)
        self.blindLabel.setObjectName(u"blindLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.blindLabel)

        self.blindValue = QLabel(ProjectSettingsDialog)
        self.blindValue.setObjectName(u"blindValue")
        self.blindValue.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.blindValue)


        self.mainLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ProjectSettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phasesLabel.setBuddy(self.phasesEdit)
        self.thresholdLabel.setBuddy(self.thresholdSpin)
        self.minResLabel.setBuddy(self.minResSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.phasesEdit)
        QWidget.setTabOrder(self.phasesEdit, self.thresholdSpin)
        QWidget.setTabOrder(self.thresholdSpin, self.minResSpin)

        self.retranslateUi(ProjectSettingsDialog)
        self.buttonBox.rejected.connect(ProjectSettingsDialog.reject)

        QMetaObject.connectSlotsByName(ProjectSettingsDialog)
    # setupUi

    def retranslateUi(self, ProjectSettingsDialog):
        ProjectSettingsDialog.setWindowTitle(QCoreApplication.translate("ProjectSettingsDialog", u"Project settings", None))
        self.introLabel.setText(QCoreApplication.translate("ProjectSettingsDialog", u"These settings belong to the study and are saved in the project file, for every coder.", None))
        self.nameLabel.setText(QCoreApplication.translate("ProjectSettingsDialog", u"Study &name:", None))
        self.phasesLabel.setText(QCoreApplication.translate("ProjectSettingsDialog", u"&Phases:", None))
        self.phasesEdit.setPlaceholderText(QCoreApplication.translate("ProjectSettingsDialog", u"5, 15, 28", None))
#if QT_CONFIG(tooltip)
        self.phasesEdit.setToolTip(QCoreApplication.translate("ProjectSettingsDialog", u"The sessions after which the RAP interviews were held, separated by commas", None))
#endif // QT_CONFIG(tooltip)
        self.thresholdLabel.setText(QCoreApplication.translate("ProjectSettingsDialog", u"Completeness &threshold:", None))
#if QT_CONFIG(tooltip)
        self.thresholdSpin.setToolTip(QCoreApplication.translate("ProjectSettingsDialog", u"REs rated below this completeness are left out of CCRT formation (they stay visible)", None))
#endif // QT_CONFIG(tooltip)
        self.minResLabel.setText(QCoreApplication.translate("ProjectSettingsDialog", u"&Minimum REs for a CCRT:", None))
#if QT_CONFIG(tooltip)
        self.minResSpin.setToolTip(QCoreApplication.translate("ProjectSettingsDialog", u"Fewer REs than this are flagged in the CCRT, the comparison and the agreement report", None))
#endif // QT_CONFIG(tooltip)
        self.minResHint.setText(QCoreApplication.translate("ProjectSettingsDialog", u"One minimum for the CCRT, the patient\u2013therapist comparison and the agreement report: fewer REs are flagged \u201cfew REs\u201d. About 10 are usual for a stable CCRT.", None))
        self.blindLabel.setText(QCoreApplication.translate("ProjectSettingsDialog", u"Blind coding:", None))
        self.blindValue.setText(QCoreApplication.translate("ProjectSettingsDialog", u"On", None))
    # retranslateUi

