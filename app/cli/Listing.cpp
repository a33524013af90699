#include "Listing.h"

namespace lintas::cli {

Listing::Listing(CliOutput &out, std::initializer_list<const char *> headers, QString empty)
    : m_out(out), m_headers(CliOutput::headers(headers)), m_empty(std::move(empty))
{ }

void Listing::add(const QJsonValue &json, const QStringList &row)
{
    if (m_out.json())
        m_json << json;
    else
        m_rows << row;
}

void Listing::print()
{
    if (m_out.json())
        m_out.jsonDocument(m_json);
    else
        m_out.table(m_headers, m_rows, m_empty);
}

} // namespace lintas::cli
