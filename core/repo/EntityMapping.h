#pragma once

#include "repo/EntityDef.h"

#include <QDate>
#include <QMap>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace lintas::repo {

using FieldMap = QMap<QString, QVariant>; // field name → canonical value
using SetMap = QMap<QString, QStringList>; // set field name → elements

// Binds one scalar field of domain struct T to its column.
template<typename T> struct FieldBinding {
    FieldDef def;
    std::function<QVariant(const T &)> get;
    std::function<void(T &, const QVariant &)> set;
};

template<typename T> struct SetBinding {
    QString name;
    QStringList T::*member;
};

inline FieldType fieldTypeOf(QString *)
{
    return FieldType::Text;
}
inline FieldType fieldTypeOf(QDate *)
{
    return FieldType::Date;
}
inline FieldType fieldTypeOf(qint64 *)
{
    return FieldType::Integer;
}
inline FieldType fieldTypeOf(int *)
{
    return FieldType::Integer;
}
inline FieldType fieldTypeOf(bool *)
{
    return FieldType::Bool;
}
inline FieldType fieldTypeOf(std::optional<qint64> *)
{
    return FieldType::Integer;
}

inline QVariant toVariant(const QString &v)
{
    return v;
}
inline QVariant toVariant(const QDate &v)
{
    return v;
}
inline QVariant toVariant(qint64 v)
{
    return v;
}
inline QVariant toVariant(int v)
{
    return static_cast<qint64>(v);
}
inline QVariant toVariant(bool v)
{
    return v;
}
inline QVariant toVariant(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

inline void fromVariant(const QVariant &in, QString &out)
{
    out = in.isNull() ? QString() : in.toString();
}
inline void fromVariant(const QVariant &in, QDate &out)
{
    out = QDate::fromString(in.toString(), Qt::ISODate);
}
inline void fromVariant(const QVariant &in, qint64 &out)
{
    out = in.toLongLong();
}
inline void fromVariant(const QVariant &in, int &out)
{
    out = in.toInt();
}
inline void fromVariant(const QVariant &in, bool &out)
{
    out = in.toLongLong() != 0;
}
inline void fromVariant(const QVariant &in, std::optional<qint64> &out)
{
    out = in.isNull() || !in.isValid() ? std::nullopt : std::optional<qint64>(in.toLongLong());
}

template<typename T, typename M> FieldBinding<T> bindField(const char *name, M T::*member)
{
    return FieldBinding<T> {
        FieldDef {QString::fromLatin1(name), fieldTypeOf(static_cast<M *>(nullptr))},
        [member](const T &obj) { return toVariant(obj.*member); },
        [member](T &obj, const QVariant &v) { fromVariant(v, obj.*member); },
    };
}

// A long-text field: offline edits by two people are merged line by line (FieldDef::mergesLines).
template<typename T> FieldBinding<T> bindLongText(const char *name, QString T::*member)
{
    FieldBinding<T> b = bindField(name, member);
    b.def.mergesLines = true;
    return b;
}

template<typename T> SetBinding<T> bindSet(const char *name, QStringList T::*member)
{
    return SetBinding<T> {QString::fromLatin1(name), member};
}

// The mapping of a domain struct onto its EntityDef. Built once per type (EntityMappings.cpp).
template<typename T> struct EntityMapping {
    EntityDef def;
    QVector<FieldBinding<T>> fields;
    QVector<SetBinding<T>> sets;

    EntityMapping(
        QString name, QString table, QVector<FieldBinding<T>> f, QVector<SetBinding<T>> s = {}, bool appendOnly = false)
        : fields(std::move(f)), sets(std::move(s))
    {
        def.name = std::move(name);
        def.table = std::move(table);
        def.appendOnly = appendOnly;
        for (const auto &b : fields)
            def.fields.push_back(b.def);
        for (const auto &s2 : sets)
            def.setFields.push_back(s2.name);
    }

    FieldMap toFields(const T &obj) const
    {
        FieldMap out;
        for (const auto &b : fields)
            out.insert(b.def.name, canonicalValue(b.def.type, b.get(obj)));
        return out;
    }
    SetMap toSets(const T &obj) const
    {
        SetMap out;
        for (const auto &s : sets)
            out.insert(s.name, obj.*(s.member));
        return out;
    }
    void assign(T &obj, const FieldMap &values, const SetMap &setValues) const
    {
        for (const auto &b : fields)
            b.set(obj, values.value(b.def.name));
        for (const auto &s : sets)
            obj.*(s.member) = setValues.value(s.name);
    }
};

} // namespace lintas::repo
