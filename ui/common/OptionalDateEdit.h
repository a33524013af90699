#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace lintas::ui {

// A date that may be unknown: a tick says whether there is one, the date edit holds it. A plain
// QDateEdit always has some date, and a made-up date on a claim or a birth date is worse than none.
class OptionalDateEdit : public QWidget {
    Q_OBJECT
    // The date or none, for keeping unsaved input (FormState).
    Q_PROPERTY(QDate date READ date WRITE setDate USER true)

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate date() const; // invalid when unticked
    void setDate(const QDate &date); // an invalid date unticks
    // The date offered when the user ticks an empty one.
    void setDefaultDate(const QDate &date) { m_default = date; }
    void setText(const QString &text); // next to the tick, e.g. "Filed"

signals:
    void dateChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void ticked(bool on);

    QCheckBox *m_known = nullptr;
    QDateEdit *m_date = nullptr;
    QDate m_default;
};

} // namespace lintas::ui
