#include "base/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fero {

void JsonWriter::newline()
{
    if (!m_indented)
        return;
    m_out += '\n';
    m_out += QByteArray(qsizetype(m_stack.size()) * 2, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_stack.empty())
        return;
    Level &level = m_stack.back();
    if (!level.empty)
        m_out += ',';
    level.empty = false;
    newline();
}

JsonWriter &JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_stack.push_back({false});
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    const bool empty = m_stack.back().empty;
    m_stack.pop_back();
    if (!empty)
        newline();
    m_out += '}';
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_stack.push_back({true});
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    const bool empty = m_stack.back().empty;
    m_stack.pop_back();
    if (!empty)
        newline();
    m_out += ']';
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    beforeValue();
    m_out += '"';
    m_out += name; // keys are fixed ASCII identifiers
    m_out += m_indented ? "\": " : "\":";
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(const QString &text)
{
    beforeValue();
    // ["..."] -> strip the brackets: QJsonDocument does the escaping.
    const QByteArray wrapped = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    m_out += QByteArrayView(wrapped).sliced(1, wrapped.size() - 2);
    return *this;
}

JsonWriter &JsonWriter::value(std::int64_t number)
{
    beforeValue();
    m_out += QByteArray::number(qint64(number));
    return *this;
}

JsonWriter &JsonWriter::value(std::uint64_t number)
{
    beforeValue();
    m_out += QByteArray::number(quint64(number));
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::null()
{
    beforeValue();
    m_out += "null";
    return *this;
}

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    beforeValue();
    m_out += json;
    return *this;
}

QByteArray JsonWriter::take()
{
    if (m_indented)
        m_out += '\n';
    return std::exchange(m_out, {});
}

} // namespace fero
