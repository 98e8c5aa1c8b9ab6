#include "formats/tdl/codecs.h"

#include "formats/common/filebytes.h"
#include "formats/tdl/tdlstore.h"

namespace fero::tdl {
namespace {

QString recognise(const QString &path)
{
    return tdlstore::recognise(readFileHead(path, 4096));
}

} // namespace

// Read-only: no bbolt writer is checked against bbolt itself yet (README).
const Codec kBoltCodec{
    .format = Format::TdlBolt,
    .readBytes = tdlstore::read,
    .recognise = recognise,
};

} // namespace fero::tdl
