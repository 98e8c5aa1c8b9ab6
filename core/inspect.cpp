#include "inspect.h"
