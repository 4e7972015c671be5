#include "CatalogCommands.h"
