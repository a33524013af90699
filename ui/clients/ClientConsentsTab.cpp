#include "clients/ClientConsentsTab.h"

#include "clients/ConsentForm.h"
#include "clients/ConsentModel.h"
#include "common/ErrorText.h"
#include "common/LabelStyles.h"
#include "common/ListWidgets.h"
#include "repo/Workspace.h"

#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lintas::ui {

ClientConsentsTab::ClientConsentsTab(repo::Workspace &workspace, QString author, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_model(new ConsentModel(workspace, this)),
      m_table(new QTableView(this)),
      m_withdrawLabel(new QLabel(this)),
      m_withdrawOn(new QDateEdit(this)),
      m_withdraw(new QPushButton(this)),
      m_withdrawError(new QLabel(this)),
      m_formTitle(new QLabel(this)),
      m_form(new ConsentForm(workspace, std::move(author), this)),
      m_record(new QPushButton(this))
{
    setObjectName(QStringLiteral("clientConsentsTab"));
    m_table->setObjectName(QStringLiteral("consentTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(ConsentModel::Purpose, QHeaderView::Stretch);
    m_withdrawLabel->setBuddy(m_withdrawOn);
    m_withdrawOn->setObjectName(QStringLiteral("consentWithdrawnOn"));
    m_withdrawOn->setCalendarPopup(true);
    m_withdrawOn->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_withdraw->setObjectName(QStringLiteral("withdrawConsentButton"));
    m_withdrawError->setObjectName(QStringLiteral("withdrawConsentError"));
    styleAsFieldError(m_withdrawError);
    styleAsTitle(m_formTitle, 1.1);
    m_record->setObjectName(QStringLiteral("recordConsentButton"));

    auto *withdrawRow = new QHBoxLayout;
    withdrawRow->addWidget(m_withdrawLabel);
    withdrawRow->addWidget(m_withdrawOn);
    withdrawRow->addWidget(m_withdraw);
    withdrawRow->addStretch(1);
    auto *recordRow = new QHBoxLayout;
    recordRow->addStretch(1);
    recordRow->addWidget(m_record);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(withdrawRow);
    layout->addWidget(m_withdrawError);
    layout->addWidget(m_formTitle);
    layout->addWidget(m_form);
    layout->addLayout(recordRow);

    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ClientConsentsTab::selectionChanged);
    connect(m_withdraw, &QPushButton::clicked, this, &ClientConsentsTab::withdrawSelected);
    connect(m_record, &QPushButton::clicked, this, &ClientConsentsTab::recordConsent);
    retranslateUi();
    selectionChanged();
}

void ClientConsentsTab::setClient(const QString &clientId)
{
    m_clientId = clientId;
    m_model->setClient(clientId);
    fitColumns();
    m_form->start(clientId);
    m_withdrawOn->setDate(QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs()).date());
    showOrHide(m_withdrawError, QString());
    selectionChanged();
}

bool ClientConsentsTab::hasUnsavedText() const
{
    return m_form->hasUnsavedText();
}

bool ClientConsentsTab::recordConsent()
{
    const std::optional<domain::Consent> recorded = m_form->record();
    if (!recorded)
        return false;
    m_form->start(m_clientId);
    m_model->refresh();
    fitColumns();
    select(recorded->id);
    emit consentsChanged();
    return true;
}

bool ClientConsentsTab::withdrawSelected()
{
    const domain::Consent *selected = m_model->consentAt(m_table->currentIndex().row());
    if (!selected || selected->withdrawnOn.isValid())
        return false;
    domain::Consent withdrawn = *selected;
    withdrawn.withdrawnOn = m_withdrawOn->date();
    auto updated = m_workspace.consents().update(withdrawn);
    if (!updated.ok()) {
        showOrHide(m_withdrawError,
            ErrorText::fieldMessage(updated.error(), m_withdrawLabel->text().remove(QLatin1Char('&'))));
        m_withdrawOn->setFocus(Qt::OtherFocusReason);
        return false;
    }
    showOrHide(m_withdrawError, QString());
    m_model->refresh();
    fitColumns();
    select(withdrawn.id);
    emit consentsChanged();
    return true;
}

void ClientConsentsTab::select(const QString &consentId)
{
    const int row = m_model->rowOf(consentId);
    if (row >= 0)
        m_table->selectRow(row);
    selectionChanged();
}

void ClientConsentsTab::selectionChanged()
{
    const domain::Consent *selected = m_model->consentAt(m_table->currentIndex().row());
    const bool inForce = selected && !selected->withdrawnOn.isValid();
    m_withdraw->setEnabled(inForce);
    m_withdrawOn->setEnabled(inForce);
}

void ClientConsentsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClientConsentsTab::retranslateUi()
{
    m_table->setAccessibleName(tr("Consent records"));
    m_withdrawLabel->setText(tr("Selected consent withdrawn o&n"));
    m_withdrawOn->setAccessibleName(tr("Withdrawn on"));
    m_withdrawOn->setLocale(QLocale());
    m_withdraw->setText(tr("With&draw"));
    m_withdraw->setToolTip(tr("The record stays, with the date she withdrew it: it shows what was allowed before."));
    m_formTitle->setText(tr("Record a consent"));
    m_record->setText(tr("&Record consent"));
    m_model->retranslate();
    fitColumns(); // headers and dates are longer in one language than the other
}

void ClientConsentsTab::fitColumns()
{
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ConsentModel::Purpose, QHeaderView::Stretch);
}

} // namespace lintas::ui
