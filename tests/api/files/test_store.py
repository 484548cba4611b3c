"""The file stores (``api.files.store``): the same tests against a folder (LocalStore) and a
real S3-compatible server (S3Store against moto's server, started here on a free port).

The S3 server runs in a process of its own: it keeps every object in its memory, and the
memory test measures this process's allocations with tracemalloc, which would count a server
running in one of this process's threads.
"""

from __future__ import annotations

import hashlib
import os
import random
import stat
import tracemalloc
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path

import anyio
import pytest
from pydantic import ValidationError

from api.config import Settings
from api.files.store import (
    CHUNK,
    PART,
    FileStore,
    LocalStore,
    S3Store,
    StoredFileMissing,
    StoreUnavailable,
    get_store,
)
from tests.s3_server import (
    REGION,
    aws_credentials,
    free_port,
    new_bucket,
    s3_client,
    s3_endpoint,
)

MiB = 1024 * 1024
__all__ = ["aws_credentials", "s3_endpoint"]  # fixtures


@dataclass
class Case:
    store: FileStore
    leftovers: Callable[[], list[str]]  # temporary files, or unfinished multipart uploads


@pytest.fixture(params=["local", "s3"])
def case(request: pytest.FixtureRequest, tmp_path: Path) -> Case:
    if request.param == "local":
        local = LocalStore(tmp_path / "files")
        return Case(local, lambda: [p.name for p in local.tmp.glob("*")])
    endpoint: str = request.getfixturevalue("s3_endpoint")
    bucket = new_bucket(endpoint)

    def uploads() -> list[str]:
        listed = s3_client(endpoint).list_multipart_uploads(Bucket=bucket)
        return [upload["Key"] for upload in listed.get("Uploads", [])]

    return Case(S3Store(bucket, "cspr/", endpoint, REGION), uploads)


def new_key() -> str:
    return f"{uuid.uuid4()}/{uuid.uuid4()}"


async def chunks_of(data: bytes, size: int = 100_000) -> AsyncIterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


async def read(store: FileStore, key: str) -> list[bytes]:
    return [chunk async for chunk in store.open(key)]


class Boom(Exception):
    pass


def test_an_object_of_several_parts_round_trips(case: Case) -> None:
    """About 20 MiB in chunks that do not divide a part: three parts on S3."""
    store, key = case.store, new_key()
    length = 20 * MiB + 12_345
    sent = hashlib.sha256()

    async def generated() -> AsyncIterator[bytes]:
        noise = random.Random(7)
        left = length
        while left:
            chunk = noise.randbytes(min(100_003, left))
            sent.update(chunk)
            left -= len(chunk)
            yield chunk

    async def scenario() -> tuple[int, bool, str, int]:
        size = await store.save(key, generated())
        back = hashlib.sha256()
        biggest = 0
        async for chunk in store.open(key):
            back.update(chunk)
            biggest = max(biggest, len(chunk))
        return size, await store.exists(key), back.hexdigest(), biggest

    size, exists, digest, biggest = anyio.run(scenario)
    assert (size, exists, digest) == (length, True, sent.hexdigest())
    assert 0 < biggest <= CHUNK
    assert case.leftovers() == []


@pytest.mark.parametrize(
    "data",
    [b"", b"x", b"A small note.\n", os.urandom(CHUNK + 1)],
    ids=["empty", "one-byte", "a-line", "a-chunk-and-a-byte"],
)
def test_a_small_object_round_trips(case: Case, data: bytes) -> None:
    key = new_key()

    async def scenario() -> tuple[int, bytes]:
        size = await case.store.save(key, chunks_of(data))
        return size, b"".join(await read(case.store, key))

    assert anyio.run(scenario) == (len(data), data)


def test_saving_again_replaces_the_object(case: Case) -> None:
    key = new_key()

    async def scenario() -> bytes:
        await case.store.save(key, chunks_of(b"first version, the longer of the two"))
        await case.store.save(key, chunks_of(b"second"))
        return b"".join(await read(case.store, key))

    assert anyio.run(scenario) == b"second"


@pytest.mark.parametrize("fail_at", [0, 3 * MiB, PART, 10 * MiB, 20 * MiB])
def test_a_save_whose_chunks_raise_leaves_nothing(case: Case, fail_at: int) -> None:
    """The caller aborts (too large, wrong type, client gone) before, within and after the
    first part: the same exception comes out, and nothing is stored or left half-done."""
    key, replaced = new_key(), new_key()
    boom = Boom("the caller gave up")

    async def failing() -> AsyncIterator[bytes]:
        block = os.urandom(CHUNK)
        sent = 0
        while sent < fail_at:
            yield block
            sent += len(block)
        raise boom

    async def scenario() -> tuple[bool, bytes]:
        with pytest.raises(Boom) as caught:
            await case.store.save(key, failing())
        assert caught.value is boom
        await case.store.save(replaced, chunks_of(b"kept"))
        with pytest.raises(Boom):
            await case.store.save(replaced, failing())
        return await case.store.exists(key), b"".join(await read(case.store, replaced))

    assert anyio.run(scenario) == (False, b"kept")
    assert case.leftovers() == []


def test_a_cancelled_save_leaves_nothing(case: Case) -> None:
    key = new_key()

    async def scenario() -> bool:
        async with anyio.create_task_group() as tasks:

            async def chunks() -> AsyncIterator[bytes]:
                block = os.urandom(CHUNK)
                for sent in range(0, 40 * MiB, CHUNK):
                    if sent == 10 * MiB:  # a part is on its way: the client goes away
                        tasks.cancel_scope.cancel()
                    yield block

            tasks.start_soon(case.store.save, key, chunks())
        return await case.store.exists(key)

    assert anyio.run(scenario) is False
    assert case.leftovers() == []


def test_a_missing_key_raises_before_any_chunk(case: Case) -> None:
    async def scenario() -> list[bytes]:
        received: list[bytes] = []
        with pytest.raises(StoredFileMissing):
            async for chunk in case.store.open(new_key()):
                received.append(chunk)
        return received

    assert anyio.run(scenario) == []


def test_delete_is_idempotent(case: Case) -> None:
    key = new_key()

    async def scenario() -> list[bool]:
        await case.store.delete(key)
        await case.store.save(key, chunks_of(b"to be deleted"))
        seen = [await case.store.exists(key)]
        await case.store.delete(key)
        await case.store.delete(key)
        return [*seen, await case.store.exists(key)]

    assert anyio.run(scenario) == [True, False]


# Fixed, so test ids are the same on every xdist worker.
A = "5b0c4a52-3f0e-4d7a-9a43-0c8f2a6f1e11"
B = "0d6f3b1e-8c2a-4e5f-b7d9-1a2b3c4d5e6f"
BAD_KEYS = [
    "",
    "../../etc/passwd",
    "report.pdf",
    A.upper(),
    f"{A}/",
    f"/{A}",
    f"{A}//{B}",
    f"{A}/../{B}",
    f"{A}\n",
    f"{A}/.tmp",
    "g" * 36,
]


@pytest.mark.parametrize("key", BAD_KEYS)
def test_a_key_that_is_not_uuids_is_refused(case: Case, key: str) -> None:
    async def scenario() -> None:
        with pytest.raises(ValueError, match="not a file store key"):
            await case.store.save(key, chunks_of(b"data"))
        with pytest.raises(ValueError, match="not a file store key"):
            case.store.open(key)  # at once, before any iteration
        with pytest.raises(ValueError, match="not a file store key"):
            await case.store.exists(key)
        with pytest.raises(ValueError, match="not a file store key"):
            await case.store.delete(key)

    anyio.run(scenario)


def test_one_uuid_is_a_key_too(case: Case) -> None:
    key = str(uuid.uuid4())

    async def scenario() -> bytes:
        await case.store.save(key, chunks_of(b"flat"))
        return b"".join(await read(case.store, key))

    assert anyio.run(scenario) == b"flat"


def test_check_passes_on_a_usable_store(case: Case) -> None:
    anyio.run(case.store.check)


def test_saving_a_large_stream_holds_bounded_memory(case: Case) -> None:
    """64 MiB through ``save`` while at most one S3 part (8 MiB) is buffered."""
    store = case.store
    anyio.run(store.save, new_key(), chunks_of(b"warm-up"))  # botocore loads its models once
    block = os.urandom(CHUNK)
    total = 64 * MiB

    async def stream() -> AsyncIterator[bytes]:
        for _ in range(total // CHUNK):
            yield block

    key = new_key()
    tracemalloc.start()
    try:
        size = anyio.run(store.save, key, stream())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert size == total
    assert peak < 20 * MiB
    assert anyio.run(store.exists, key)


# --- LocalStore only ---------------------------------------------------------------------


def test_local_files_and_folders_are_private(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "files")
    partnership, file_id = uuid.uuid4(), uuid.uuid4()
    anyio.run(store.save, f"{partnership}/{file_id}", chunks_of(b"private"))
    path = tmp_path / "files" / str(partnership) / str(file_id)
    assert path.read_bytes() == b"private"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for folder in (store.root, store.tmp, path.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert list(store.tmp.iterdir()) == []


def test_local_check_refuses_a_root_that_cannot_be_a_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"")
    with pytest.raises(StoreUnavailable, match="cannot write files under"):
        anyio.run(LocalStore(blocker / "files").check)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to any folder")
def test_local_check_refuses_a_read_only_folder(tmp_path: Path) -> None:
    root = tmp_path / "files"
    root.mkdir(mode=0o500)
    try:
        with pytest.raises(StoreUnavailable):
            anyio.run(LocalStore(root).check)
    finally:
        root.chmod(0o700)


# --- S3Store only ------------------------------------------------------------------------


def test_s3_objects_sit_under_the_prefix_in_parts_of_8_mib(s3_endpoint: str) -> None:
    bucket = new_bucket(s3_endpoint)
    store = S3Store(bucket, "cspr/", s3_endpoint, REGION)
    small, exact, over = new_key(), new_key(), new_key()
    block = os.urandom(CHUNK)

    async def sized(length: int) -> AsyncIterator[bytes]:
        for _ in range(length // CHUNK):
            yield block
        yield block[: length % CHUNK]

    async def scenario() -> None:
        await store.save(small, sized(1000))
        await store.save(exact, sized(PART))
        await store.save(over, sized(2 * PART + 1))

    anyio.run(scenario)
    client = s3_client(s3_endpoint)
    listed = client.list_objects_v2(Bucket=bucket)["Contents"]
    assert {item["Key"] for item in listed} == {f"cspr/{k}" for k in (small, exact, over)}
    assert "-" not in client.head_object(Bucket=bucket, Key=f"cspr/{exact}")["ETag"]
    assert client.head_object(Bucket=bucket, Key=f"cspr/{over}")["ETag"].endswith('-3"')
    assert client.head_object(Bucket=bucket, Key=f"cspr/{over}")["ContentLength"] == 2 * PART + 1


def test_s3_check_refuses_a_missing_bucket(s3_endpoint: str) -> None:
    store = S3Store(f"cspr-missing-{uuid.uuid4().hex[:16]}", "cspr/", s3_endpoint, REGION)
    with pytest.raises(StoreUnavailable, match="cannot reach bucket"):
        anyio.run(store.check)


def test_s3_check_refuses_a_server_that_is_not_there() -> None:
    store = S3Store("cspr-anything", "cspr/", f"http://127.0.0.1:{free_port()}", REGION)
    with pytest.raises(StoreUnavailable, match="cannot reach bucket"):
        anyio.run(store.check)


# --- choosing the store from settings ----------------------------------------------------


def test_the_settings_choose_a_local_store_under_the_data_directory(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    store = get_store(settings)
    assert isinstance(store, LocalStore)
    assert store.name == "local"
    assert store.root == tmp_path / "files"
    assert get_store(Settings(data_dir=tmp_path)) is store  # one per configuration


def test_the_settings_choose_an_s3_store(s3_endpoint: str) -> None:
    settings = Settings(file_store="s3", s3_bucket="cspr-files", s3_endpoint_url=s3_endpoint)
    store = get_store(settings)
    assert isinstance(store, S3Store)
    assert (store.name, store.bucket, store.prefix) == ("s3", "cspr-files", "cspr/")
    assert get_store(settings) is store


def test_an_s3_store_needs_a_bucket() -> None:
    with pytest.raises(ValidationError, match="CSPR_S3_BUCKET"):
        Settings(file_store="s3")


def test_the_upload_limit_is_positive() -> None:
    assert Settings().max_upload_bytes == 50 * MiB
    with pytest.raises(ValidationError):
        Settings(max_upload_bytes=0)
