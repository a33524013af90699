#include "common/FormState.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QMetaProperty>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

#include <functional>

namespace lintas::ui::formstate {

namespace {

// The USER property a class of ours declares itself (not one inherited from a Qt class, whose
// USER property may be the wrong thing to keep: QComboBox's is the label shown).
QMetaProperty ownUserProperty(const QWidget *w)
{
    const QMetaProperty p = w->metaObject()->userProperty();
    if (!p.isValid() || !p.isWritable())
        return {};
    const QMetaObject *declaredBy = p.enclosingMetaObject();
    return declaredBy && QByteArray(declaredBy->className()).startsWith("lintas::") ? p : QMetaProperty {};
}

bool readOnly(const QWidget *w)
{
    const QVariant ro = w->property("readOnly");
    return ro.isValid() && ro.toBool();
}

// The property that holds a widget's input, or an invalid one when it takes none (or is Qt's
// inside of a combo box or spin box, which the walk never reaches).
QMetaProperty inputProperty(const QWidget *w)
{
    if (QMetaProperty own = ownUserProperty(w); own.isValid())
        return own;
    const QMetaObject *meta = w->metaObject();
    auto named = [meta](const char *name) { return meta->property(meta->indexOfProperty(name)); };
    if (qobject_cast<const QLineEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w))
        return readOnly(w) ? QMetaProperty {} : meta->userProperty(); // text, plainText
    if (qobject_cast<const QTextEdit *>(w))
        return readOnly(w) ? QMetaProperty {} : named("plainText");
    if (const auto *combo = qobject_cast<const QComboBox *>(w))
        return named(combo->isEditable() ? "currentText" : "currentIndex");
    if (qobject_cast<const QAbstractSpinBox *>(w))
        return readOnly(w) ? QMetaProperty {} : meta->userProperty(); // value, date, dateTime
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        return button->isCheckable() ? named("checked") : QMetaProperty {};
    if (const auto *group = qobject_cast<const QGroupBox *>(w))
        return group->isCheckable() ? named("checked") : QMetaProperty {};
    return {};
}

bool named(const QWidget *w)
{
    const QString name = w->objectName();
    return !name.isEmpty() && !name.startsWith(QLatin1String("qt_"));
}

// Calls `visit` for each input widget under `root`, in child order; does not enter an input
// widget (a combo box's line edit, an OptionalDateEdit's tick).
void forEachInput(const QWidget *root, const std::function<void(QWidget *, const QMetaProperty &)> &visit)
{
    for (QObject *child : root->children()) {
        auto *w = qobject_cast<QWidget *>(child);
        if (!w || w->isWindow()) // a dialog parented to the page is not part of the form
            continue;
        if (const QMetaProperty p = inputProperty(w); p.isValid()) {
            if (named(w))
                visit(w, p);
            if (!qobject_cast<QGroupBox *>(w)) // a ticked group box holds inputs of its own
                continue;
        }
        forEachInput(w, visit);
    }
}

QJsonValue toJson(const QVariant &v)
{
    switch (v.metaType().id()) {
    case QMetaType::QDate:
        return v.toDate().isValid() ? QJsonValue(v.toDate().toString(Qt::ISODate)) : QJsonValue(QString());
    case QMetaType::QDateTime:
        return v.toDateTime().isValid() ? QJsonValue(v.toDateTime().toString(Qt::ISODateWithMs))
                                        : QJsonValue(QString());
    case QMetaType::QTime:
        return v.toTime().toString(Qt::ISODateWithMs);
    case QMetaType::QStringList:
        return QJsonArray::fromStringList(v.toStringList());
    default:
        return QJsonValue::fromVariant(v);
    }
}

QVariant fromJson(const QJsonValue &json, QMetaType type)
{
    switch (type.id()) {
    case QMetaType::QDate:
        return QDate::fromString(json.toString(), Qt::ISODate); // empty: invalid, "no date"
    case QMetaType::QDateTime:
        return QDateTime::fromString(json.toString(), Qt::ISODateWithMs);
    case QMetaType::QTime:
        return QTime::fromString(json.toString(), Qt::ISODateWithMs);
    case QMetaType::QStringList: {
        QStringList out;
        for (const QJsonValue &v : json.toArray())
            out << v.toString();
        return out;
    }
    default: {
        QVariant v = json.toVariant();
        v.convert(type);
        return v;
    }
    }
}

// A combo box of Qt's that does not take typing: its item's data when the items carry some (a
// consent's id stays right when the list is filled in another order), else its index.
bool isPlainChoice(const QWidget *w, const QMetaProperty &p)
{
    const auto *combo = qobject_cast<const QComboBox *>(w);
    return combo && !combo->isEditable() && !ownUserProperty(w).isValid() && QByteArray(p.name()) == "currentIndex";
}

QJsonValue choiceJson(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() && !data.isNull() ? QJsonValue(data.toString()) : QJsonValue(combo->currentIndex());
}

bool applyChoice(QComboBox *combo, const QJsonValue &value)
{
    int index = value.isString() ? -1 : value.toInt(-1);
    for (int i = 0; value.isString() && i < combo->count() && index < 0; ++i) {
        if (combo->itemData(i).toString() == value.toString())
            index = i; // as a string, whatever type the data has
    }
    if (index < 0 || index >= combo->count())
        return false;
    combo->setCurrentIndex(index);
    return true;
}

} // namespace

QJsonObject capture(const QWidget *root)
{
    QJsonObject state;
    forEachInput(root, [&state](QWidget *w, const QMetaProperty &p) {
        state.insert(
            w->objectName(), isPlainChoice(w, p) ? choiceJson(static_cast<const QComboBox *>(w)) : toJson(p.read(w)));
    });
    return state;
}

int apply(QWidget *root, const QJsonObject &state)
{
    int applied = 0;
    forEachInput(root, [&](QWidget *w, const QMetaProperty &p) {
        const auto it = state.constFind(w->objectName());
        if (it == state.constEnd())
            return;
        if (isPlainChoice(w, p)) {
            applied += applyChoice(static_cast<QComboBox *>(w), *it) ? 1 : 0;
            return;
        }
        const QVariant value = fromJson(*it, p.metaType());
        // A date edit given no date would fall back to its minimum; leave it as it is. (An
        // OptionalDateEdit takes "no date" as unticked.)
        const int type = p.metaType().id();
        if (!ownUserProperty(w).isValid()
            && ((type == QMetaType::QDate && !value.toDate().isValid())
                || (type == QMetaType::QDateTime && !value.toDateTime().isValid())))
            return;
        if (p.write(w, value))
            ++applied;
    });
    return applied;
}

QJsonObject changed(const QJsonObject &now, const QJsonObject &was)
{
    QJsonObject out;
    for (auto it = now.constBegin(); it != now.constEnd(); ++it) {
        if (!was.contains(it.key()) || was.value(it.key()) != it.value())
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace lintas::ui::formstate
