#include "unlock/RecoveryCodePage.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {

RecoveryCodePage::RecoveryCodePage(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_explanation(new QLabel(this)),
      m_code(new QLabel(this)),
      m_warning(new QLabel(this)),
      m_writtenDown(new QCheckBox(this)),
      m_continue(new QPushButton(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_explanation->setWordWrap(true);
    m_warning->setWordWrap(true);

    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.5);
    codeFont.setBold(true);
    m_code->setFont(codeFont);
    m_code->setObjectName(QStringLiteral("recoveryCode"));
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setFrameShape(QFrame::StyledPanel);
    m_code->setMargin(12);

    m_writtenDown->setObjectName(QStringLiteral("recoveryWrittenDown"));
    m_continue->setObjectName(QStringLiteral("recoveryContinue"));
    m_continue->setEnabled(false);
    m_continue->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_continue);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addWidget(m_code);
    layout->addWidget(m_warning);
    layout->addWidget(m_writtenDown);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_writtenDown, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(m_continue, &QPushButton::clicked, this, &RecoveryCodePage::confirmed);
    retranslateUi();
}

void RecoveryCodePage::showCode(const QString &code)
{
    m_code->setText(code);
    m_writtenDown->setChecked(false);
    m_writtenDown->setFocus();
}

void RecoveryCodePage::clear()
{
    m_code->clear();
    m_writtenDown->setChecked(false);
}

void RecoveryCodePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RecoveryCodePage::retranslateUi()
{
    m_title->setText(tr("Write down your recovery code"));
    m_explanation->setText(tr("If you ever forget your passphrase, this code is the only way to open this profile "
                              "again. Write it on paper now, exactly as shown, and keep the paper somewhere safe, "
                              "away from this laptop."));
    m_warning->setText(tr("The code is shown only this once. Lintas does not keep a copy, and nobody else can "
                          "recover your cases for you."));
    m_writtenDown->setText(tr("I have written down the recovery code"));
    m_continue->setText(tr("Open profile"));
    m_code->setAccessibleName(tr("Recovery code"));
}

} // namespace lintas::ui
