// Fixture for tests/layers: an include the layer table does not allow.
#pragma once

#include "render/page.h"
