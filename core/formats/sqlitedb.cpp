#include "sqlitedb.h"
