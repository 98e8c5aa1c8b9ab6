#include "formats/target.h"

#include <algorithm>

namespace fero {

bool LossReport::has(LossKind kind) const
{
    return std::any_of(items.begin(), items.end(), [kind](const LossItem &i) { return i.kind == kind; });
}

void LossReport::add(LossKind kind, std::size_t count, QString text)
{
    losses << text;
    items.push_back({kind, count, std::move(text)});
}

} // namespace fero
