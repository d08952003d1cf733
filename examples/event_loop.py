import asyncio

async def async_task():
    # 비동기 작업 정의
    ...

# 이벤트 루프 생성 및 실행
loop = asyncio.get_event_loop()
try:
    loop.run_until_complete(async_task())  # async_task 실행
finally:
    loop.close()  # 이벤트 루프 종료

