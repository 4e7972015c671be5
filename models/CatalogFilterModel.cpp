#include "CatalogFilterModel.h"
