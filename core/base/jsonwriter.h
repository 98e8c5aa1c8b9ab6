// An ordered JSON emitter. QJsonObject sorts keys alphabetically, but the
// canonical session JSON (session-json.md) fixes the key order, so output is
// written with this; input is parsed with QJsonDocument. String escaping is
// delegated to QJsonDocument so the two always agree.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace fero {

class JsonWriter {
public:
    explicit JsonWriter(bool indented = true) : m_indented(indented) {}

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(const char *name);

    JsonWriter &value(const QString &text);
    JsonWriter &value(const char *text) { return value(QString::fromUtf8(text)); }
    JsonWriter &value(std::int64_t number);
    JsonWriter &value(std::uint64_t number);
    JsonWriter &value(int number) { return value(std::int64_t(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &null();
    // A pre-serialised JSON value (from another JsonWriter).
    JsonWriter &raw(const QByteArray &json);

    QByteArray take();

private:
    void beforeValue();
    void newline();

    struct Level {
        bool array;
        bool empty = true;
    };
    QByteArray m_out;
    std::vector<Level> m_stack;
    bool m_indented;
    bool m_afterKey = false;
};

} // namespace fero
