#pragma once

#include "support/WorkspaceFixture.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <functional>

namespace lintas::test {

inline domain::Party addParty(
    WorkspaceFixture &f, const QString &name, const QString &kind, const QString &country = QStringLiteral("hk"))
{
    domain::Party p;
    p.name = name;
    p.kind = kind;
    p.country = country;
    auto r = f.ws->parties().create(p);
    REQUIRE(r.ok());
    return *r;
}

inline domain::CaseParty linkParty(
    WorkspaceFixture &f, const QString &caseId, const QString &partyId, const QString &role = QString())
{
    domain::CaseParty l;
    l.caseId = caseId;
    l.partyId = partyId;
    l.role = role;
    auto r = f.ws->parties().link(l);
    REQUIRE(r.ok());
    return *r;
}

// Runs `act` on the next modal window of type T once it is up (dialogs run their own loop, and
// one dialog may open right after another closes).
template<typename T> void onNextModal(std::function<void(T &)> act)
{
    auto *poll = new QTimer;
    poll->setInterval(5);
    const QDeadlineTimer giveUp(20000); // a test that never opens it must not leave this behind
    QObject::connect(poll, &QTimer::timeout, [poll, act, giveUp] {
        auto *modal = qobject_cast<T *>(QApplication::activeModalWidget());
        if (giveUp.hasExpired()) {
            poll->stop();
            poll->deleteLater();
            return;
        }
        if (!modal || !modal->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        act(*modal);
    });
    poll->start();
}

// Answers the next message box with `button`, keeping its text in `text` when asked.
inline void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    onNextModal<QMessageBox>([button, text](QMessageBox &box) {
        if (text)
            *text = box.text();
        box.button(button)->click();
    });
}

} // namespace lintas::test
