#include "clients/ClientPhonesTab.h"

#include "clients/ClientPhoneModel.h"
#include "common/CodeCombo.h"
#include "common/ErrorText.h"
#include "common/LabelStyles.h"
#include "common/ListWidgets.h"
#include "common/OptionalDateEdit.h"
#include "domain/CodeLists.h"
#include "repo/Workspace.h"

#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lintas::ui {

ClientPhonesTab::ClientPhonesTab(repo::Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_model(new ClientPhoneModel(workspace, this)),
      m_table(new QTableView(this)),
      m_addTitle(new QLabel(this)),
      m_number(new QLineEdit(this)),
      m_kind(new CodeCombo(domain::phoneKinds(), this)),
      m_from(new OptionalDateEdit(this)),
      m_note(new QLineEdit(this)),
      m_add(new QPushButton(this)),
      m_endLabel(new QLabel(this)),
      m_until(new QDateEdit(this)),
      m_end(new QPushButton(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("clientPhonesTab"));
    m_table->setObjectName(QStringLiteral("phoneTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(ClientPhoneModel::Note, QHeaderView::Stretch);
    styleAsTitle(m_addTitle, 1.1);
    m_number->setObjectName(QStringLiteral("phoneNumber"));
    m_kind->setObjectName(QStringLiteral("phoneKind"));
    m_from->setObjectName(QStringLiteral("phoneValidFrom"));
    m_note->setObjectName(QStringLiteral("phoneNote"));
    m_add->setObjectName(QStringLiteral("addPhoneButton"));
    m_until->setObjectName(QStringLiteral("phoneValidUntil"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_end->setObjectName(QStringLiteral("endPhoneButton"));
    m_error->setObjectName(QStringLiteral("phoneError"));
    styleAsFieldError(m_error);

    auto label = [this](const char *field, QWidget *buddy) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        m_labels.insert(QString::fromLatin1(field), l);
        return l;
    };
    auto *form = new QGridLayout;
    form->addWidget(label("number", m_number), 0, 0);
    form->addWidget(m_number, 0, 1);
    form->addWidget(label("kind", m_kind), 0, 2);
    form->addWidget(m_kind, 0, 3);
    form->addWidget(label("valid_from", m_from), 0, 4);
    form->addWidget(m_from, 0, 5);
    form->addWidget(label("note", m_note), 1, 0);
    form->addWidget(m_note, 1, 1, 1, 5);
    form->setColumnStretch(1, 2);
    form->setColumnStretch(5, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addStretch(1);
    addRow->addWidget(m_add);

    m_endLabel->setBuddy(m_until);
    m_labels.insert(QStringLiteral("valid_until"), m_endLabel);
    auto *endRow = new QHBoxLayout;
    endRow->addWidget(m_endLabel);
    endRow->addWidget(m_until);
    endRow->addWidget(m_end);
    endRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(endRow);
    layout->addWidget(m_addTitle);
    layout->addLayout(form);
    layout->addLayout(addRow);
    layout->addWidget(m_error);

    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ClientPhonesTab::selectionChanged);
    connect(m_add, &QPushButton::clicked, this, &ClientPhonesTab::addPhone);
    connect(m_number, &QLineEdit::returnPressed, this, &ClientPhonesTab::addPhone);
    connect(m_end, &QPushButton::clicked, this, &ClientPhonesTab::endSelected);
    retranslateUi();
    selectionChanged();
}

void ClientPhonesTab::setClient(const QString &clientId)
{
    m_clientId = clientId;
    m_model->setClient(clientId);
    fitColumns();
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs()).date();
    m_number->clear(); // typed for the previous client
    m_note->clear();
    m_kind->setCode(QStringLiteral("mobile"));
    m_from->setDefaultDate(today);
    m_from->setDate(today);
    m_until->setDate(today);
    showOrHide(m_error, QString());
    selectionChanged();
}

bool ClientPhonesTab::hasUnsavedText() const
{
    return !m_number->text().trimmed().isEmpty();
}

bool ClientPhonesTab::addPhone()
{
    domain::ClientPhone phone;
    phone.clientId = m_clientId;
    phone.number = m_number->text().trimmed();
    phone.kind = m_kind->code();
    phone.validFrom = m_from->date();
    phone.note = m_note->text().trimmed();
    auto created = m_workspace.clients().addPhone(phone);
    if (!created.ok()) {
        showError(created.error(), m_number);
        return false;
    }
    showOrHide(m_error, QString());
    m_number->clear();
    m_note->clear();
    m_model->refresh();
    fitColumns();
    const int row = m_model->rowOf(created->id);
    if (row >= 0)
        m_table->selectRow(row);
    selectionChanged(); // the row may be the one chosen before, now ended
    emit phonesChanged();
    return true;
}

bool ClientPhonesTab::endSelected()
{
    const domain::ClientPhone *selected = m_model->phoneAt(m_table->currentIndex().row());
    if (!selected)
        return false;
    domain::ClientPhone ended = *selected;
    ended.validUntil = m_until->date();
    auto updated = m_workspace.clients().updatePhone(ended);
    if (!updated.ok()) {
        showError(updated.error(), m_until);
        return false;
    }
    showOrHide(m_error, QString());
    m_model->refresh();
    fitColumns();
    const int row = m_model->rowOf(ended.id);
    if (row >= 0)
        m_table->selectRow(row);
    selectionChanged(); // the row may be the one chosen before, now ended
    emit phonesChanged();
    return true;
}

void ClientPhonesTab::selectionChanged()
{
    const domain::ClientPhone *selected = m_model->phoneAt(m_table->currentIndex().row());
    const bool canEnd = selected && !selected->validUntil.isValid();
    m_end->setEnabled(canEnd);
    m_until->setEnabled(canEnd);
}

void ClientPhonesTab::showError(const Error &error, QWidget *focus)
{
    QLabel *label = m_labels.value(error.field);
    const QString fieldName = label ? label->text().remove(QLatin1Char('&')) : error.field;
    showOrHide(m_error, ErrorText::fieldMessage(error, fieldName));
    if (QWidget *editor = label ? label->buddy() : focus)
        editor->setFocus(Qt::OtherFocusReason);
}

void ClientPhonesTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClientPhonesTab::retranslateUi()
{
    m_table->setAccessibleName(tr("Phone numbers"));
    m_addTitle->setText(tr("Add a number"));
    m_labels.value(QStringLiteral("number"))->setText(tr("&Number"));
    m_labels.value(QStringLiteral("kind"))->setText(tr("&Kind"));
    m_labels.value(QStringLiteral("valid_from"))->setText(tr("In use &from"));
    m_labels.value(QStringLiteral("note"))->setText(tr("N&ote"));
    m_labels.value(QStringLiteral("valid_until"))->setText(tr("Selected number no longer in use &since"));
    m_number->setAccessibleName(tr("Number"));
    m_kind->setAccessibleName(tr("Kind"));
    m_note->setAccessibleName(tr("Note"));
    m_until->setAccessibleName(tr("No longer in use since"));
    m_number->setPlaceholderText(tr("e.g. +62 812 3456 7890"));
    m_note->setPlaceholderText(tr("e.g. her sister's phone; call after 6 pm"));
    m_from->setText(tr("Known"));
    m_until->setLocale(QLocale());
    m_add->setText(tr("&Add number"));
    m_end->setText(tr("&End this number"));
    m_end->setToolTip(tr("The number stays listed, greyed, with the period it was in use."));
    m_model->retranslate();
    fitColumns(); // headers and dates are longer in one language than the other
}

void ClientPhonesTab::fitColumns()
{
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ClientPhoneModel::Note, QHeaderView::Stretch);
}

} // namespace lintas::ui
