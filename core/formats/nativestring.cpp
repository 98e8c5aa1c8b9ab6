#include "nativestring.h"
