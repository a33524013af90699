#include "sync/ConflictWords.h"

#include "common/Formats.h"
#include "domain/CodeList.h"
#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "sync/ConflictLog.h"

#include <QDate>
#include <QHash>

namespace lintas::ui {

namespace {

// The code list a field's values come from, so a value reads "High" rather than "high".
const domain::CodeList *codeListFor(const QString &entity, const QString &field)
{
    static const QHash<QString, const domain::CodeList *(*)()> lists = {
        {QStringLiteral("case.status"), [] { return &domain::caseStatuses(); }},
        {QStringLiteral("case.outcome"), [] { return &domain::caseOutcomes(); }},
        {QStringLiteral("case.risk"), [] { return &domain::riskLevels(); }},
        {QStringLiteral("client.status"), [] { return &domain::clientStatuses(); }},
        {QStringLiteral("client.gender"), [] { return &domain::genders(); }},
        {QStringLiteral("note.kind"), [] { return &domain::noteKinds(); }},
        {QStringLiteral("deadline.kind"), [] { return &domain::deadlineKinds(); }},
        {QStringLiteral("claim.claim_type"), [] { return &domain::claimTypes(); }},
        {QStringLiteral("claim.forum"), [] { return &domain::forums(); }},
        {QStringLiteral("claim.currency"), [] { return &domain::currencies(); }},
        {QStringLiteral("party.kind"), [] { return &domain::partyKinds(); }},
        {QStringLiteral("organisation.kind"), [] { return &domain::organisationKinds(); }},
        {QStringLiteral("activity.kind"), [] { return &domain::activityKinds(); }},
        {QStringLiteral("referral.status"), [] { return &domain::referralStatuses(); }},
        {QStringLiteral("client_phone.kind"), [] { return &domain::phoneKinds(); }},
        {QStringLiteral("case_party.role"), [] { return &domain::partyRoles(); }},
    };
    const auto make = lists.value(entity + QLatin1Char('.') + field);
    return make ? make() : nullptr;
}

bool isYesNo(const QString &field)
{
    return field == QLatin1String("safety_flag") || field == QLatin1String("confidential")
        || field == QLatin1String("deleted");
}

} // namespace

QString ConflictWords::entity(const QString &entity)
{
    if (entity == QLatin1String("client"))
        return tr("Client");
    if (entity == QLatin1String("client_phone"))
        return tr("Phone number");
    if (entity == QLatin1String("consent"))
        return tr("Consent");
    if (entity == QLatin1String("case"))
        return tr("Case");
    if (entity == QLatin1String("claim"))
        return tr("Claim");
    if (entity == QLatin1String("claim_payment"))
        return tr("Payment");
    if (entity == QLatin1String("note"))
        return tr("Note");
    if (entity == QLatin1String("deadline"))
        return tr("Deadline");
    if (entity == QLatin1String("referral"))
        return tr("Referral");
    if (entity == QLatin1String("party"))
        return tr("Party");
    if (entity == QLatin1String("case_party"))
        return tr("Party in a case");
    if (entity == QLatin1String("organisation"))
        return tr("Organisation");
    if (entity == QLatin1String("activity"))
        return tr("Activity");
    if (entity == QLatin1String("activity_count"))
        return tr("Participant count");
    return entity;
}

QString ConflictWords::field(const QString &entity, const QString &field)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("full_name"), QT_TR_NOOP("Full name")},
        {QStringLiteral("gender"), QT_TR_NOOP("Gender")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("nik"), QT_TR_NOOP("NIK")},
        {QStringLiteral("passport_no"), QT_TR_NOOP("Passport number")},
        {QStringLiteral("province"), QT_TR_NOOP("Province")},
        {QStringLiteral("regency"), QT_TR_NOOP("Regency")},
        {QStringLiteral("district"), QT_TR_NOOP("District")},
        {QStringLiteral("village"), QT_TR_NOOP("Village")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("current_country"), QT_TR_NOOP("Country now")},
        {QStringLiteral("current_city"), QT_TR_NOOP("City now")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("next_of_kin_name"), QT_TR_NOOP("Next of kin")},
        {QStringLiteral("next_of_kin_phone"), QT_TR_NOOP("Next of kin's phone")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("number"), QT_TR_NOOP("Number")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("reference"), QT_TR_NOOP("Reference")},
        {QStringLiteral("outcome"), QT_TR_NOOP("Outcome")},
        {QStringLiteral("risk"), QT_TR_NOOP("Risk")},
        {QStringLiteral("safety_flag"), QT_TR_NOOP("Safety concern")},
        {QStringLiteral("opened_on"), QT_TR_NOOP("Opened on")},
        {QStringLiteral("closed_on"), QT_TR_NOOP("Closed on")},
        {QStringLiteral("chronology"), QT_TR_NOOP("Chronology")},
        {QStringLiteral("demands"), QT_TR_NOOP("Demands")},
        {QStringLiteral("strategy"), QT_TR_NOOP("Strategy")},
        {QStringLiteral("outcome_notes"), QT_TR_NOOP("Outcome notes")},
        {QStringLiteral("claim_type"), QT_TR_NOOP("Claim type")},
        {QStringLiteral("forum"), QT_TR_NOOP("Forum")},
        {QStringLiteral("currency"), QT_TR_NOOP("Currency")},
        {QStringLiteral("amount_claimed"), QT_TR_NOOP("Amount claimed")},
        {QStringLiteral("amount_offered"), QT_TR_NOOP("Amount offered")},
        {QStringLiteral("amount"), QT_TR_NOOP("Amount")},
        {QStringLiteral("paid_on"), QT_TR_NOOP("Paid on")},
        {QStringLiteral("due_on"), QT_TR_NOOP("Due on")},
        {QStringLiteral("body"), QT_TR_NOOP("Text")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("deleted"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("held_on"), QT_TR_NOOP("Held on")},
        {QStringLiteral("count"), QT_TR_NOOP("Count")},
    };
    Q_UNUSED(entity);
    if (const char *name = names.value(field))
        return tr(name);
    QString words = field;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

bool ConflictWords::isHiddenEdit(const sync::Conflict &conflict)
{
    return conflict.field == QLatin1String("deleted") && conflict.keptValue.toLongLong() != 0
        && conflict.lostValue.toLongLong() == 0;
}

QString ConflictWords::value(const QString &entity, const QString &field, const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return tr("(empty)");
    if (isYesNo(field))
        return value.toInt() != 0 ? tr("Yes") : tr("No");
    if (const domain::CodeList *list = codeListFor(entity, field)) {
        if (const domain::CodeItem *item = list->find(value.toString()))
            return item->label(LanguageManager::codeListLanguage());
    }
    const QString text = value.toString();
    if (field.endsWith(QLatin1String("_on")) || field.endsWith(QLatin1String("_date"))) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return formats::date(date);
    }
    return text;
}

} // namespace lintas::ui
