#include "opener.h"
