#include "handoff/HandoffLedger.h"

#include "store/Database.h"

#include <sodium.h>

namespace lintas::handoff {

namespace {

SecretBytes secretFrom(QByteArray raw)
{
    SecretBytes s = SecretBytes::fromBytes(raw.constData(), static_cast<std::size_t>(raw.size()));
    sodium_memzero(raw.data(), static_cast<std::size_t>(raw.size()));
    return s;
}

Status execWithSecret(store::Statement &st, int index, const SecretBytes &secret)
{
    QByteArray raw = secret.exposeCopy();
    st.bind(index, raw);
    const Status s = st.exec();
    sodium_memzero(raw.data(), static_cast<std::size_t>(raw.size()));
    return s;
}

} // namespace

Status HandoffLedger::addSent(const SentPacket &p)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(
            QStringLiteral("INSERT INTO handoff_sent (packet_id, case_id, referral_id, recipient_name, recipient_box, "
                           "recipient_sign, created_at, reply_secret) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")));
    st.bind(1, p.packetId)
        .bind(2, p.caseId)
        .bind(3, p.referralId.isEmpty() ? QString() : p.referralId)
        .bind(4, p.recipient.name)
        .bind(5, p.recipient.boxKey)
        .bind(6, p.recipient.signKey)
        .bind(7, p.createdAtMs);
    return execWithSecret(st, 8, p.replySecret);
}

Result<std::optional<SentPacket>> HandoffLedger::sent(const QByteArray &packetId)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral(
            "SELECT case_id, referral_id, recipient_name, recipient_box, recipient_sign, created_at, reply_secret, "
            "decision, reason, replied_at FROM handoff_sent WHERE packet_id = ?")));
    st.bind(1, packetId);
    LINTAS_TRY_ASSIGN(const bool found, st.step());
    if (!found)
        return std::optional<SentPacket>();
    SentPacket p;
    p.packetId = packetId;
    p.caseId = st.text(0);
    p.referralId = st.text(1);
    p.recipient.name = st.text(2);
    p.recipient.boxKey = st.blob(3);
    p.recipient.signKey = st.blob(4);
    p.createdAtMs = st.int64(5);
    p.replySecret = secretFrom(st.blob(6));
    p.decision = st.text(7);
    p.reason = st.text(8);
    p.repliedAtMs = st.int64(9);
    return std::optional<SentPacket>(std::move(p));
}

Status HandoffLedger::recordReply(
    const QByteArray &packetId, const QString &decision, const QString &reason, qint64 repliedAtMs)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(
            QStringLiteral("UPDATE handoff_sent SET decision = ?, reason = ?, replied_at = ? WHERE packet_id = ?")));
    st.bind(1, decision).bind(2, reason).bind(3, repliedAtMs).bind(4, packetId);
    return st.exec();
}

Status HandoffLedger::addReceived(const ReceivedPacket &p)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral(
            "INSERT INTO handoff_received (packet_id, case_id, sender_name, sender_box, sender_sign, sent_at, "
            "imported_at, reply_secret) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")));
    st.bind(1, p.packetId)
        .bind(2, p.caseId)
        .bind(3, p.sender.name)
        .bind(4, p.sender.boxKey)
        .bind(5, p.sender.signKey)
        .bind(6, p.sentAtMs);
    if (p.importedAtMs == 0)
        st.bindNull(7);
    else
        st.bind(7, p.importedAtMs);
    return execWithSecret(st, 8, p.replySecret);
}

Result<std::optional<ReceivedPacket>> HandoffLedger::received(const QByteArray &packetId)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral(
            "SELECT case_id, sender_name, sender_box, sender_sign, sent_at, imported_at, reply_secret, decision, "
            "reason FROM handoff_received WHERE packet_id = ?")));
    st.bind(1, packetId);
    LINTAS_TRY_ASSIGN(const bool found, st.step());
    if (!found)
        return std::optional<ReceivedPacket>();
    ReceivedPacket p;
    p.packetId = packetId;
    p.caseId = st.text(0);
    p.sender.name = st.text(1);
    p.sender.boxKey = st.blob(2);
    p.sender.signKey = st.blob(3);
    p.sentAtMs = st.int64(4);
    p.importedAtMs = st.isNull(5) ? 0 : st.int64(5);
    p.replySecret = secretFrom(st.blob(6));
    p.decision = st.text(7);
    p.reason = st.text(8);
    return std::optional<ReceivedPacket>(std::move(p));
}

Status HandoffLedger::markImported(const QByteArray &packetId, qint64 importedAtMs)
{
    LINTAS_TRY_ASSIGN(
        auto st, m_db.prepare(QStringLiteral("UPDATE handoff_received SET imported_at = ? WHERE packet_id = ?")));
    st.bind(1, importedAtMs).bind(2, packetId);
    return st.exec();
}

Status HandoffLedger::recordDecision(const QByteArray &packetId, const QString &decision, const QString &reason)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("UPDATE handoff_received SET decision = ?, reason = ? WHERE packet_id = ?")));
    st.bind(1, decision).bind(2, reason).bind(3, packetId);
    return st.exec();
}

Result<std::vector<ReceivedPacket>> HandoffLedger::unanswered()
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral(
            "SELECT packet_id, case_id, sender_name, sender_box, sender_sign, sent_at, imported_at FROM "
            "handoff_received WHERE imported_at IS NOT NULL AND coalesce(decision, '') = '' ORDER BY imported_at, "
            "packet_id")));
    std::vector<ReceivedPacket> out;
    for (;;) {
        LINTAS_TRY_ASSIGN(const bool found, st.step());
        if (!found)
            break;
        ReceivedPacket p;
        p.packetId = st.blob(0);
        p.caseId = st.text(1);
        p.sender.name = st.text(2);
        p.sender.boxKey = st.blob(3);
        p.sender.signKey = st.blob(4);
        p.sentAtMs = st.int64(5);
        p.importedAtMs = st.int64(6);
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace lintas::handoff
