class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
class CodeError(AppError):
    def __init__(self, code):
        self.code = code
    def __str__(self):
        return f"error code {self.code}"
for exc in [AppError("plain"), ValidationError("age", "negative"), CodeError(42)]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)
try:
    raise ValidationError("name", "empty")
except ValidationError as e:
    print(e.field, e.problem, isinstance(e, Exception))
