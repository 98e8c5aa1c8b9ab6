// The key to the library's flag icons ("[icon] readable by others [icon] in
// use ..."), two to a row under the library; shown only while a row has a flag.
#pragma once

#include "library/libraryflags.h"

#include <QWidget>

#include <iterator>

class QLabel;

namespace fero::gui {

class LibraryModel;

class FlagLegend final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagLegend)

public:
    explicit FlagLegend(QWidget *parent = nullptr);

    // Re-reads the model: which flags occur (shown brighter) and the release label.
    void refresh(const LibraryModel &model, const QString &releaseLabel);
    bool anyFlag() const { return m_any; }

private:
    QLabel *m_texts[std::size(AllLibraryFlags)] = {};
    bool m_any = false;
};

} // namespace fero::gui
