#include "session/updatestab.h"

#include "widgets/humandate.h"
#include "widgets/intsortproxy.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace fero::gui {

UpdatesTab::UpdatesTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChannelPtsModel(this))
    , m_proxy(new IntSortProxy(this))
    , m_view(new QTableView(this))
{
    auto *state = new QGroupBox(tr("Update state"), this);
    auto *form = new QFormLayout(state);
    const std::pair<const char *, QString> rows[] = {
        {"initialised", tr("Initialised:")},
        {"pts", tr("pts:")},
        {"qts", tr("qts:")},
        {"seq", tr("seq:")},
        {"date", tr("date:")},
    };
    for (const auto &[name, label] : rows) {
        auto *value = new QLabel(state);
        value->setObjectName(QString::fromLatin1(name));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true); // a long date in Russian would widen the window
        form->addRow(label, value);
        m_fields << value;
    }

    m_proxy->setSourceModel(m_model);
    m_proxy->setDynamicSortFilter(false);
    m_view->setObjectName(QStringLiteral("channelPtsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(0, 220);

    m_channelsTitle = new QLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(state);
    layout->addWidget(m_channelsTitle);
    layout->addWidget(m_view, 1);
}

void UpdatesTab::setSession(std::shared_ptr<const fero::Session> session)
{
    m_model->setSession(session);
    auto set = [this](const QString &name, const QString &text) {
        for (QLabel *label : std::as_const(m_fields)) {
            if (label->objectName() == name)
                label->setText(text);
        }
    };
    if (!session) {
        for (QLabel *label : std::as_const(m_fields))
            label->clear();
        m_channelsTitle->clear();
        return;
    }
    const fero::UpdatesState &u = session->updates;
    set(QStringLiteral("initialised"),
        u.initialised() ? tr("yes") : tr("no — pts is 0: the client will fetch the state from scratch"));
    set(QStringLiteral("pts"), QString::number(u.pts));
    set(QStringLiteral("qts"), QString::number(u.qts));
    set(QStringLiteral("seq"), QString::number(u.seq));
    if (u.date == 0) {
        set(QStringLiteral("date"), tr("0 (never set)"));
    } else {
        const QDateTime when = QDateTime::fromSecsSinceEpoch(u.date);
        set(QStringLiteral("date"), tr("%1 (%2) — Unix time %3")
                                        .arg(QLocale().toString(when, QLocale::LongFormat), relativeAge(when))
                                        .arg(u.date));
    }
    m_channelsTitle->setText(
        u.channels.empty()
            ? tr("No per-channel pts stored.")
            : tr("Per-channel pts: %1 channel(s)").arg(QLocale().toString(qulonglong(u.channels.size()))));
}

QString UpdatesTab::fieldText(const QString &name) const
{
    for (const QLabel *label : m_fields) {
        if (label->objectName() == name)
            return label->text();
    }
    return {};
}

} // namespace fero::gui
