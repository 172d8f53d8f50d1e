// Fixture for tests/layers: an include the layer table allows.
#pragma once

#include "model/article.h"
