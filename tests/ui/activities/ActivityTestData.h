#pragma once

#include "domain/Activity.h"
#include "repo/ActivitySave.h"
#include "support/WorkspaceFixture.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <memory>

#include <catch2/catch.hpp>

namespace lintas::test {

inline domain::ActivityCount cell(const QString &gender, const QString &ageBand, qint64 count)
{
    domain::ActivityCount c;
    c.gender = gender;
    c.ageBand = ageBand;
    c.count = count;
    return c;
}

// A village discussion with `women` women aged 25–34 and `men` men aged 35–44.
inline domain::Activity addActivity(WorkspaceFixture &f, const QDate &heldOn, const QString &title, int women, int men,
    const QString &kind = QStringLiteral("village_discussion"))
{
    domain::Activity a;
    a.kind = kind;
    a.title = title;
    a.heldOn = heldOn;
    a.province = QStringLiteral("Jawa Timur");
    a.regency = QStringLiteral("Kabupaten Malang");
    a.village = QStringLiteral("Sukamaju");
    a.facilitator = QStringLiteral("Bu Sri Wahyuni");
    auto saved = repo::saveActivity(*f.ws, a,
        {cell(QStringLiteral("female"), QStringLiteral("25_34"), women),
            cell(QStringLiteral("male"), QStringLiteral("35_44"), men)});
    REQUIRE(saved.ok());
    return *saved;
}

// Answers the next message box with the button that has `role` once it is up (message boxes run
// their own event loop). The flag says whether a box came up and was answered.
inline std::shared_ptr<bool> answerNextMessageBox(QMessageBox::ButtonRole role)
{
    auto answered = std::make_shared<bool>(false);
    QTimer::singleShot(0, [role, answered] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role) {
                *answered = true;
                button->click();
                return;
            }
        }
        FAIL("no button with that role");
    });
    return answered;
}

} // namespace lintas::test
