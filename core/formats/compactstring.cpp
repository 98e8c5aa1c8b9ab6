#include "compactstring.h"
