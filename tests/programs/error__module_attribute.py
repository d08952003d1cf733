import math
math.tau_squared
