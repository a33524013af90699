#include "repo/EntityMappings.h"

namespace lintas::repo {

using namespace lintas::domain;

// Column names here are the database schema (migration 1 creates them) and the sync wire names:
// renaming one is a migration plus a protocol change, never a casual edit.

const EntityMapping<Client> &clientMapping()
{
    static const EntityMapping<Client> m(QStringLiteral("client"), QStringLiteral("clients"),
        {bindField("full_name", &Client::fullName), bindField("gender", &Client::gender),
            bindField("birth_date", &Client::birthDate), bindField("nik", &Client::nik),
            bindField("passport_no", &Client::passportNo), bindField("province", &Client::province),
            bindField("regency", &Client::regency), bindField("district", &Client::district),
            bindField("village", &Client::village), bindField("address", &Client::address),
            bindField("current_country", &Client::currentCountry), bindField("current_city", &Client::currentCity),
            bindField("status", &Client::status), bindField("next_of_kin_name", &Client::nextOfKinName),
            bindField("next_of_kin_relation", &Client::nextOfKinRelation),
            bindField("next_of_kin_phone", &Client::nextOfKinPhone),
            bindField("preferred_language", &Client::preferredLanguage), bindLongText("notes", &Client::notes),
            bindField("created_at", &Client::createdAt), bindField("deleted", &Client::deleted)},
        {bindSet("aliases", &Client::aliases)});
    return m;
}

const EntityMapping<ClientPhone> &clientPhoneMapping()
{
    static const EntityMapping<ClientPhone> m(QStringLiteral("client_phone"), QStringLiteral("client_phones"),
        {bindField("client_id", &ClientPhone::clientId), bindField("number", &ClientPhone::number),
            bindField("kind", &ClientPhone::kind), bindField("valid_from", &ClientPhone::validFrom),
            bindField("valid_until", &ClientPhone::validUntil), bindField("note", &ClientPhone::note),
            bindField("deleted", &ClientPhone::deleted)});
    return m;
}

const EntityMapping<Consent> &consentMapping()
{
    static const EntityMapping<Consent> m(QStringLiteral("consent"), QStringLiteral("consents"),
        {bindField("client_id", &Consent::clientId), bindField("recipient", &Consent::recipient),
            bindField("organisation_id", &Consent::organisationId), bindField("scope", &Consent::scope),
            bindField("purpose", &Consent::purpose), bindField("method", &Consent::method),
            bindField("given_on", &Consent::givenOn), bindField("withdrawn_on", &Consent::withdrawnOn),
            bindField("recorded_by", &Consent::recordedBy), bindField("deleted", &Consent::deleted)});
    return m;
}

const EntityMapping<Case> &caseMapping()
{
    static const EntityMapping<Case> m(QStringLiteral("case"), QStringLiteral("cases"),
        {bindField("reference", &Case::reference), bindField("client_id", &Case::clientId),
            bindField("title", &Case::title), bindField("status", &Case::status), bindField("outcome", &Case::outcome),
            bindField("risk", &Case::risk), bindField("safety_flag", &Case::safetyFlag),
            bindField("opened_on", &Case::openedOn), bindField("closed_on", &Case::closedOn),
            bindLongText("chronology", &Case::chronology), bindLongText("demands", &Case::demands),
            bindLongText("strategy", &Case::strategy), bindLongText("outcome_notes", &Case::outcomeNotes),
            bindField("created_at", &Case::createdAt), bindField("deleted", &Case::deleted),
            bindField("space_id", &Case::spaceId), bindField("space_name", &Case::spaceName)},
        {bindSet("case_types", &Case::caseTypes), bindSet("jurisdictions", &Case::jurisdictions),
            bindSet("forums", &Case::forums), bindSet("assignees", &Case::assignees), bindSet("tags", &Case::tags)});
    return m;
}

const EntityMapping<Claim> &claimMapping()
{
    static const EntityMapping<Claim> m(QStringLiteral("claim"), QStringLiteral("claims"),
        {bindField("case_id", &Claim::caseId), bindField("claim_type", &Claim::claimType),
            bindField("forum", &Claim::forum), bindField("currency", &Claim::currency),
            bindField("amount_claimed", &Claim::amountClaimed), bindField("amount_offered", &Claim::amountOffered),
            bindField("amount_awarded", &Claim::amountAwarded), bindField("filed_on", &Claim::filedOn),
            bindField("decided_on", &Claim::decidedOn), bindLongText("notes", &Claim::notes),
            bindField("deleted", &Claim::deleted)});
    return m;
}

const EntityMapping<ClaimPayment> &claimPaymentMapping()
{
    static const EntityMapping<ClaimPayment> m(QStringLiteral("claim_payment"), QStringLiteral("claim_payments"),
        {bindField("claim_id", &ClaimPayment::claimId), bindField("amount", &ClaimPayment::amount),
            bindField("paid_on", &ClaimPayment::paidOn), bindField("note", &ClaimPayment::note),
            bindField("deleted", &ClaimPayment::deleted)});
    return m;
}

const EntityMapping<Note> &noteMapping()
{
    static const EntityMapping<Note> m(QStringLiteral("note"), QStringLiteral("notes"),
        {bindField("case_id", &Note::caseId), bindField("kind", &Note::kind),
            bindField("occurred_at", &Note::occurredAt), bindField("author", &Note::author),
            bindField("body", &Note::body), bindField("confidential", &Note::confidential),
            bindField("corrects_note_id", &Note::correctsNoteId), bindField("created_at", &Note::createdAt)},
        {}, /*appendOnly=*/true);
    return m;
}

const EntityMapping<Deadline> &deadlineMapping()
{
    static const EntityMapping<Deadline> m(QStringLiteral("deadline"), QStringLiteral("deadlines"),
        {bindField("case_id", &Deadline::caseId), bindField("kind", &Deadline::kind),
            bindField("title", &Deadline::title), bindField("due_on", &Deadline::dueOn),
            bindField("rule_id", &Deadline::ruleId), bindField("rule_version", &Deadline::ruleVersion),
            bindField("trigger_date", &Deadline::triggerDate), bindField("source", &Deadline::source),
            bindField("done_on", &Deadline::doneOn), bindField("assignee", &Deadline::assignee),
            bindLongText("notes", &Deadline::notes), bindField("deleted", &Deadline::deleted)});
    return m;
}

const EntityMapping<Referral> &referralMapping()
{
    static const EntityMapping<Referral> m(QStringLiteral("referral"), QStringLiteral("referrals"),
        {bindField("case_id", &Referral::caseId), bindField("organisation_id", &Referral::organisationId),
            bindField("reason", &Referral::reason), bindField("consent_id", &Referral::consentId),
            bindField("status", &Referral::status), bindField("sent_on", &Referral::sentOn),
            bindField("responded_on", &Referral::respondedOn), bindField("feedback", &Referral::feedback),
            bindField("consent_override", &Referral::consentOverride), bindField("override_by", &Referral::overrideBy),
            bindField("deleted", &Referral::deleted)});
    return m;
}

const EntityMapping<Party> &partyMapping()
{
    static const EntityMapping<Party> m(QStringLiteral("party"), QStringLiteral("parties"),
        {bindField("kind", &Party::kind), bindField("name", &Party::name), bindField("country", &Party::country),
            bindField("address", &Party::address), bindField("phone", &Party::phone),
            bindField("licence_no", &Party::licenceNo), bindLongText("notes", &Party::notes),
            bindField("deleted", &Party::deleted)});
    return m;
}

const EntityMapping<CaseParty> &casePartyMapping()
{
    static const EntityMapping<CaseParty> m(QStringLiteral("case_party"), QStringLiteral("case_parties"),
        {bindField("case_id", &CaseParty::caseId), bindField("party_id", &CaseParty::partyId),
            bindField("role", &CaseParty::role), bindLongText("notes", &CaseParty::notes),
            bindField("deleted", &CaseParty::deleted)});
    return m;
}

const EntityMapping<Organisation> &organisationMapping()
{
    static const EntityMapping<Organisation> m(QStringLiteral("organisation"), QStringLiteral("organisations"),
        {bindField("name", &Organisation::name), bindField("kind", &Organisation::kind),
            bindField("country", &Organisation::country), bindField("province", &Organisation::province),
            bindField("city", &Organisation::city), bindField("address", &Organisation::address),
            bindField("phones", &Organisation::phones), bindField("email", &Organisation::email),
            bindField("website", &Organisation::website), bindField("services", &Organisation::services),
            bindLongText("notes", &Organisation::notes), bindField("seed_key", &Organisation::seedKey),
            bindField("deleted", &Organisation::deleted)});
    return m;
}

const EntityMapping<Activity> &activityMapping()
{
    static const EntityMapping<Activity> m(QStringLiteral("activity"), QStringLiteral("activities"),
        {bindField("kind", &Activity::kind), bindField("title", &Activity::title),
            bindField("held_on", &Activity::heldOn), bindField("province", &Activity::province),
            bindField("regency", &Activity::regency), bindField("district", &Activity::district),
            bindField("village", &Activity::village), bindField("place", &Activity::place),
            bindField("facilitator", &Activity::facilitator), bindField("training_stage", &Activity::trainingStage),
            bindField("topics", &Activity::topics), bindLongText("notes", &Activity::notes),
            bindField("created_at", &Activity::createdAt), bindField("deleted", &Activity::deleted)});
    return m;
}

const EntityMapping<ActivityCount> &activityCountMapping()
{
    static const EntityMapping<ActivityCount> m(QStringLiteral("activity_count"), QStringLiteral("activity_counts"),
        {bindField("activity_id", &ActivityCount::activityId), bindField("gender", &ActivityCount::gender),
            bindField("age_band", &ActivityCount::ageBand), bindField("count", &ActivityCount::count)});
    return m;
}

} // namespace lintas::repo
