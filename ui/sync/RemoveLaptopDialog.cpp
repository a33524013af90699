#include "sync/RemoveLaptopDialog.h"

#include "crypto/DeviceKeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {

RemoveLaptopDialog::RemoveLaptopDialog(const QVector<sync::SpaceMember> &members, const QString &self, QWidget *parent)
    : QDialog(parent),
      m_intro(new QLabel(this)),
      m_laptopLabel(new QLabel(this)),
      m_laptop(new QComboBox(this)),
      m_protects(new QLabel(this)),
      m_cannot(new QLabel(this)),
      m_understood(new QCheckBox(this)),
      m_remove(new QPushButton(this)),
      m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("removeLaptopDialog"));
    m_laptop->setObjectName(QStringLiteral("laptopCombo"));
    m_understood->setObjectName(QStringLiteral("understoodCheck"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    for (const sync::SpaceMember &m : members) {
        if (!m.removed && m.deviceId != self)
            m_candidates.push_back(m);
    }
    for (QLabel *label : {m_intro, m_protects, m_cannot})
        label->setWordWrap(true);
    m_laptopLabel->setBuddy(m_laptop);
    m_remove->setEnabled(false);

    auto *choose = new QHBoxLayout;
    choose->addWidget(m_laptopLabel);
    choose->addWidget(m_laptop, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(choose);
    layout->addWidget(m_protects);
    layout->addWidget(m_cannot);
    layout->addWidget(m_understood);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_understood, &QCheckBox::toggled, this, &RemoveLaptopDialog::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
    resize(640, 420);
}

QString RemoveLaptopDialog::chosenDevice() const
{
    const int i = m_laptop->currentIndex();
    return i >= 0 && i < m_candidates.size() ? m_candidates.at(i).deviceId : QString();
}

QString RemoveLaptopDialog::chosenLabel() const
{
    const int i = m_laptop->currentIndex();
    return i >= 0 && i < m_candidates.size() ? m_candidates.at(i).label : QString();
}

void RemoveLaptopDialog::updateButtons()
{
    m_remove->setEnabled(m_understood->isChecked() && !chosenDevice().isEmpty());
}

void RemoveLaptopDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RemoveLaptopDialog::retranslateUi()
{
    setWindowTitle(tr("Remove a laptop"));
    m_intro->setText(tr("Remove a laptop that was lost or stolen, or that belongs to someone who left the "
                        "organisation. Sync first, so that this laptop has everything the other one sent."));
    m_laptopLabel->setText(tr("&Laptop:"));
    const int current = m_laptop->currentIndex();
    m_laptop->clear();
    for (const sync::SpaceMember &m : std::as_const(m_candidates))
        m_laptop->addItem(
            QStringLiteral("%1  (%2)")
                .arg(m.label.isEmpty() ? tr("(no name)") : m.label, crypto::fingerprint(m.signKey + m.boxKey)));
    m_laptop->setCurrentIndex(current >= 0 ? current : 0);
    m_protects->setText(tr("<b>What removing does:</b> the server refuses that laptop at once. Everything written "
                           "from now on is locked with a new key that it never receives, and anything it still "
                           "sends is refused by every laptop of the organisation."));
    m_cannot->setText(tr("<b>What removing cannot do:</b> cases already on that laptop stay on it. They are "
                         "protected only by its passphrase. If the passphrase was weak, written down or known to "
                         "others, treat those cases as exposed and warn the people concerned."));
    m_understood->setText(tr("I &understand: remove this laptop now"));
    m_remove->setText(tr("&Remove"));
    m_cancel->setText(tr("Cancel"));
    updateButtons();
}

} // namespace lintas::ui
