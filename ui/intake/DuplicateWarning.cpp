#include "intake/DuplicateWarning.h"

#include "common/Formats.h"
#include "common/LabelStyles.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {

DuplicateWarning::DuplicateWarning(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_list(new QListWidget(this)), m_use(new QPushButton(this))
{
    setObjectName(QStringLiteral("duplicateWarning"));
    styleAsWarningBanner(m_title);
    m_title->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("duplicateList"));
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 5);
    m_use->setObjectName(QStringLiteral("useExistingClient"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addWidget(m_use, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(row);
    connect(m_use, &QPushButton::clicked, this, &DuplicateWarning::choose);
    connect(m_list, &QListWidget::itemActivated, this, &DuplicateWarning::choose);
    hide();
    retranslateUi();
}

void DuplicateWarning::setMatches(QVector<domain::ClientMatch> matches)
{
    m_matches = std::move(matches);
    retranslateUi();
    setVisible(!m_matches.isEmpty());
}

QString DuplicateWarning::describe(const domain::ClientMatch &m) const
{
    QStringList why;
    for (domain::MatchReason r : m.reasons) {
        switch (r) {
        case domain::MatchReason::SameNik:
            why << tr("same NIK");
            break;
        case domain::MatchReason::SamePassport:
            why << tr("same passport");
            break;
        case domain::MatchReason::SamePhone:
            why << tr("same phone %1").arg(m.matchedPhone);
            break;
        case domain::MatchReason::SameName:
            why << tr("same name");
            break;
        case domain::MatchReason::SimilarName:
            why << tr("similar name");
            break;
        case domain::MatchReason::NameOrder:
            why << tr("same names in another order");
            break;
        case domain::MatchReason::NamePart:
            why << tr("part of the name");
            break;
        case domain::MatchReason::SameBirthDate:
            why << tr("same date of birth");
            break;
        }
    }
    QStringList against;
    for (domain::MatchConflict c : m.conflicts) {
        switch (c) {
        case domain::MatchConflict::DifferentNik:
            against << tr("different NIK");
            break;
        case domain::MatchConflict::DifferentBirthDate:
            against << tr("different date of birth");
            break;
        case domain::MatchConflict::DifferentFather:
            against << tr("different father's name");
            break;
        }
    }
    QString strength;
    switch (m.strength()) {
    case domain::ClientMatch::Strength::Strong:
        strength = tr("Almost certainly");
        break;
    case domain::ClientMatch::Strength::Likely:
        strength = tr("Likely");
        break;
    case domain::ClientMatch::Strength::Possible:
        strength = tr("Possibly");
        break;
    }
    QString text = tr("%1: %2 (%3)").arg(strength, m.client.fullName, why.join(QStringLiteral(", ")));
    if (m.client.birthDate.isValid())
        text += QStringLiteral(" · ") + tr("born %1").arg(formats::date(m.client.birthDate));
    if (!m.client.regency.isEmpty())
        text += QStringLiteral(" · ") + m.client.regency;
    if (!against.isEmpty())
        text += QStringLiteral(" · ") + tr("but: %1").arg(against.join(QStringLiteral(", ")));
    return text;
}

void DuplicateWarning::choose()
{
    if (const QListWidgetItem *item = m_list->currentItem())
        emit clientChosen(item->data(Qt::UserRole).toString());
}

void DuplicateWarning::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DuplicateWarning::retranslateUi()
{
    m_title->setText(tr("She may already be in Lintas. Check with her before you register her again:"));
    // The list is re-ranked as she types: keep the person selected, not the row number.
    const QListWidgetItem *current = m_list->currentItem();
    const QString chosenId = current ? current->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    for (const domain::ClientMatch &m : std::as_const(m_matches)) {
        auto *item = new QListWidgetItem(describe(m), m_list);
        item->setData(Qt::UserRole, m.client.id);
        if (m.client.id == chosenId || (chosenId.isEmpty() && m_list->count() == 1))
            m_list->setCurrentItem(item);
    }
    m_list->setAccessibleName(tr("Clients who may be the same person"));
    m_use->setText(tr("&Use this client"));
    m_use->setToolTip(tr("Take the new case for the selected client instead of registering her again"));
}

} // namespace lintas::ui
