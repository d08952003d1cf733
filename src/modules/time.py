# pyco's time module, the Python half: struct_time and the calendar functions, written as
# CPython's Modules/timemodule.c behaves on Linux (its argument checks and messages), with
# strftime formatting as glibc formats in the C locale. The clocks, sleep and the three
# conversions that need the calendar or the machine's time zone are natives (time.rs):
# _broken_down(secs, local), _local_seconds(y, mon, d, h, min, s, isdst), _zone_names().

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time:
    # CPython's struct_time is a tuple subclass; pyco's built-in types cannot be
    # subclassed yet, so this one behaves as that tuple does without being one.
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __init__(self, sequence):
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        if len(items) < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence "
                            f"({len(items)}-sequence given)")
        if len(items) > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence "
                            f"({len(items)}-sequence given)")
        items = items + (None,) * (11 - len(items))
        object.__setattr__(self, '_items', items)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __delattr__(self, name):
        raise AttributeError("readonly attribute")

    def __getattr__(self, name):
        items = object.__getattribute__(self, '_items')
        if name in _FIELDS:
            return items[_FIELDS.index(name)]
        if name == 'tm_zone':
            return items[9]
        if name == 'tm_gmtoff':
            return items[10]
        raise AttributeError(f"'time.struct_time' object has no attribute '{name}'")

    def __repr__(self):
        fields = ', '.join(f'{name}={value!r}' for name, value in zip(_FIELDS, self._items))
        return f'time.struct_time({fields})'

    def __len__(self):
        return 9

    def __getitem__(self, index):
        return self._items[:9][index]

    def __iter__(self):
        return iter(self._items[:9])

    def __contains__(self, value):
        return value in self._items[:9]

    def __hash__(self):
        return hash(self._items[:9])

    def __eq__(self, other):
        return _as_tuple(self) == _as_tuple(other)

    def __ne__(self, other):
        return _as_tuple(self) != _as_tuple(other)

    def __lt__(self, other):
        return _as_tuple(self) < _as_tuple(other)

    def __le__(self, other):
        return _as_tuple(self) <= _as_tuple(other)

    def __gt__(self, other):
        return _as_tuple(self) > _as_tuple(other)

    def __ge__(self, other):
        return _as_tuple(self) >= _as_tuple(other)

    def __add__(self, other):
        return self._items[:9] + other

    def __radd__(self, other):
        return other + self._items[:9]

    def count(self, value):
        return self._items[:9].count(value)

    def index(self, value, *args):
        return self._items[:9].index(value, *args)


def _as_tuple(value):
    if isinstance(value, struct_time):
        return value._items[:9]
    return value


def gmtime(seconds=None):
    return struct_time(_broken_down(seconds, False))


def localtime(seconds=None):
    return struct_time(_broken_down(seconds, True))


def _tm(value, function, exact=True):
    # CPython's gettmarg: the nine ints of a struct_time or a tuple, made C-shaped (month
    # and day of the year from 0, weekday from Sunday), plus the zone and offset that
    # only a struct_time carries.
    if isinstance(value, struct_time):
        items = value._items
    elif isinstance(value, tuple):
        if len(value) != 9:
            raise TypeError(f"{function}(): illegal time tuple argument")
        items = value + (None, None)
    else:
        raise TypeError("Tuple or struct_time argument required")
    fields = []
    for item in items[:9]:
        if isinstance(item, float) or not hasattr(item, '__index__'):
            raise TypeError(f"'{type(item).__name__}' object cannot be interpreted as an integer")
        fields.append(item.__index__())
    year, mon, mday, hour, minute, sec, wday, yday, isdst = fields
    # C's % keeps the dividend's sign: a weekday below -1 stays negative and is refused.
    wday = (wday + 1) % 7 if wday >= -1 else -((-(wday + 1)) % 7)
    return [year, mon - 1, mday, hour, minute, sec, wday, yday - 1, isdst,
            items[9], items[10]]


def _checktm(tm):
    if tm[1] == -1:
        tm[1] = 0
    elif not 0 <= tm[1] <= 11:
        raise ValueError("month out of range")
    if tm[2] == 0:
        tm[2] = 1
    elif not 0 <= tm[2] <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= tm[3] <= 23:
        raise ValueError("hour out of range")
    if not 0 <= tm[4] <= 59:
        raise ValueError("minute out of range")
    if not 0 <= tm[5] <= 61:
        raise ValueError("seconds out of range")
    if tm[6] < 0:
        raise ValueError("day of week out of range")
    if tm[7] == -1:
        tm[7] = 0
    elif not 0 <= tm[7] <= 365:
        raise ValueError("day of year out of range")


_DAYS = ('Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December')


def _asctime(tm):
    return (f'{_DAYS[tm[6]][:3]} {_MONTHS[tm[1]][:3]}{tm[2]:3d} '
            f'{tm[3]:02d}:{tm[4]:02d}:{tm[5]:02d} {tm[0]}')


def asctime(t=None):
    tm = _tm(localtime() if t is None else t, 'asctime')
    _checktm(tm)
    return _asctime(tm)


def ctime(seconds=None):
    return asctime(localtime(seconds))


def mktime(t):
    tm = _tm(t, 'mktime')
    seconds = _local_seconds(tm[0], tm[1] + 1, tm[2], tm[3], tm[4], tm[5], tm[8])
    if seconds is None:
        raise OverflowError("mktime argument out of range")
    return float(seconds)


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    tm = _tm(localtime() if t is None else t, 'strftime')
    _checktm(tm)
    if tm[8] < -1:
        tm[8] = -1
    elif tm[8] > 1:
        tm[8] = 1
    if '\0' in format:
        raise ValueError("embedded null character")
    return _format(format, tm)


# glibc's strftime in the C locale. Each conversion gives a number (with its default width)
# or text; flags '-' '_' '0' '^' '#' and a width apply to either.
_YEARISH = 'CGY'
_COMPOSITE = {'c': '%a %b %e %H:%M:%S %Y', 'D': '%m/%d/%y', 'x': '%m/%d/%y',
              'F': '%Y-%m-%d', 'r': '%I:%M:%S %p', 'R': '%H:%M', 'T': '%H:%M:%S',
              'X': '%H:%M:%S'}


def _isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _iso_week_days(yday, wday):
    return yday - (yday - wday + 4 + 378) % 7 + 3


def _iso_week(tm):
    year = tm[0]
    days = _iso_week_days(tm[7], tm[6])
    if days < 0:
        return year - 1, _iso_week_days(tm[7] + 365 + _isleap(year - 1), tm[6])
    later = _iso_week_days(tm[7] - (365 + _isleap(year)), tm[6])
    if later >= 0:
        return year + 1, later
    return year, days


def _conversion(char, tm):
    # (value, digits) for a number, (text, None) for text, None when unknown.
    year, mon, mday, hour, minute, sec, wday, yday, isdst, zone, gmtoff = tm
    hour12 = hour % 12 or 12
    if char == 'a':
        return _DAYS[wday][:3], None
    if char == 'A':
        return _DAYS[wday], None
    if char in 'bh':
        return _MONTHS[mon][:3], None
    if char == 'B':
        return _MONTHS[mon], None
    if char in _COMPOSITE:
        return _format(_COMPOSITE[char], tm), None
    if char == 'C':
        return year // 100, 1
    if char == 'd':
        return mday, 2
    if char == 'e':
        return mday, -2
    if char == 'G':
        return _iso_week(tm)[0], 1
    if char == 'g':
        return _iso_week(tm)[0] % 100, 2
    if char == 'V':
        return _iso_week(tm)[1] // 7 + 1, 2
    if char == 'H':
        return hour, 2
    if char == 'I':
        return hour12, 2
    if char == 'k':
        return hour, -2
    if char == 'l':
        return hour12, -2
    if char == 'j':
        return yday + 1, 3
    if char == 'm':
        return mon + 1, 2
    if char == 'M':
        return minute, 2
    if char == 'S':
        return sec, 2
    if char == 'n':
        return '\n', None
    if char == 't':
        return '\t', None
    if char == 'p':
        return ('PM' if hour > 11 else 'AM'), None
    if char == 'P':
        return ('pm' if hour > 11 else 'am'), None
    if char == 's':
        seconds = _local_seconds(year, mon + 1, mday, hour, minute, sec, isdst)
        return (0 if seconds is None else seconds), 1
    if char == 'u':
        return (wday - 1) % 7 + 1, 1
    if char == 'w':
        return wday, 1
    if char == 'U':
        return (yday - wday + 7) // 7, 2
    if char == 'W':
        return (yday - (wday - 1) % 7 + 7) // 7, 2
    if char == 'y':
        return year % 100, 2
    if char == 'Y':
        return year, 1
    if char == 'Z':
        if zone is None:
            zone = '' if isdst < 0 else tzname[1 if isdst else 0]
        return zone, None
    if char == '%':
        return '%', None
    return None


def _format(format, tm):
    out = []
    i = 0
    n = len(format)
    while i < n:
        char = format[i]
        if char != '%':
            out.append(char)
            i += 1
            continue
        start = i
        i += 1
        pad = ''
        upper = swap = False
        while i < n and format[i] in '-_0^#':
            if format[i] == '^':
                upper = True
            elif format[i] == '#':
                swap = True
            else:
                pad = format[i]
            i += 1
        width = 0
        while i < n and format[i].isdigit():
            width = width * 10 + int(format[i])
            i += 1
        if i < n and format[i] in 'EO':
            i += 1
        if i >= n:
            out.append(format[start:])
            break
        char = format[i]
        i += 1
        if char == 'z':
            out.append(_offset(tm[10], pad, width))
            continue
        converted = _conversion(char, tm)
        if converted is None:
            out.append(format[start:i])
            continue
        value, digits = converted
        if digits is None:
            text = value
            if char == 'P':
                pass
            elif upper or (swap and char in 'aAbBh'):
                text = text.upper()
            elif swap and char in 'pZ':
                text = text.lower()
            out.append(_pad(text, pad, width))
        else:
            out.append(_number(value, digits, pad, width))
    return ''.join(out)


def _pad(text, pad, width):
    return text.rjust(width, '0' if pad == '0' else ' ')


def _number(value, digits, pad, width):
    # digits: the width of the number without a flag; negative means padded with spaces.
    sign = '-' if value < 0 else ''
    digits_text = str(abs(value))
    if pad == '-':
        return (sign + digits_text).rjust(width)
    if pad == '_' or (digits < 0 and pad != '0'):
        return (sign + digits_text.rjust(abs(digits) - len(sign))).rjust(width)
    return sign + digits_text.rjust(max(width, abs(digits)) - len(sign), '0')


def _offset(gmtoff, pad, width):
    # glibc writes the sign of %z as text, padded to the width on its own, then the
    # hours and minutes as a number of four digits, padded again.
    offset = gmtoff or 0
    minutes = abs(offset) // 60
    sign = '-' if offset < 0 else '+'
    return _pad(sign, pad, width) + _number(minutes // 60 * 100 + minutes % 60, 4, pad, width)


tzname, timezone, altzone, daylight = _zone_names()
