"""Where uploaded files' bytes are kept: a folder on this machine or an S3 bucket.

Only the service names objects. A key is one or more UUIDs joined by "/" (for example
``f"{partnership_id}/{file_id}"``), never anything a user typed, so a key can't climb out of
the store; both stores refuse any other key with ValueError.

Every call that touches the disk or the network runs in a worker thread, one chunk at a time,
so a slow upload or download never holds up the event loop and no body is ever held whole.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import tempfile
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, Final, Protocol

import boto3
from anyio import CancelScope, to_thread
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from api.config import Settings, get_settings
from api.owner_only import private_dir

CHUNK: Final = 64 * 1024
"""The size of the pieces ``open`` yields."""

PART: Final = 8 * 1024 * 1024
"""An S3 multipart upload's part size; smaller objects are sent with one ``put_object``."""

CHECKSUM: Final = "CRC32"
"""Sent with every S3 write, so the server refuses bytes damaged on the way."""

_KEY = re.compile(r"[0-9a-f-]{36}(?:/[0-9a-f-]{36})*")

log = logging.getLogger("cspr.files")


class StoredFileMissing(Exception):
    """The key holds no object."""


class StoreUnavailable(Exception):
    """``check`` found the store unusable (folder not writable, bucket unreachable)."""


class FileStore(Protocol):
    """Keeps files' bytes under keys the service chooses."""

    name: str
    """``"local"`` or ``"s3"``."""

    async def save(self, key: str, chunks: AsyncIterator[bytes]) -> int:
        """Consume ``chunks`` and store them under ``key``; return the byte count.

        All or nothing: if ``chunks`` raises (the caller aborts: too large, wrong type, client
        gone) or the save is cancelled, the key keeps what it held before (nothing, for a new
        key), nothing is left in temporary space, and the exception propagates unchanged. A
        save that completes replaces whatever the key held.
        """
        ...

    def open(self, key: str) -> AsyncIterator[bytes]:
        """The object's bytes in chunks. A bad key raises ValueError at once; a missing object
        raises StoredFileMissing from the first ``__anext__``, before any bytes, so a caller
        that pulls the first chunk before sending headers can still answer 404."""
        ...

    async def delete(self, key: str) -> None:
        """Remove the object; nothing happens when there is none."""
        ...

    async def exists(self, key: str) -> bool:
        """Whether the key holds an object."""
        ...

    async def check(self) -> None:
        """Readiness probe: raise StoreUnavailable unless files can be stored now."""
        ...

    async def stored_before(self, before: datetime) -> list[str]:
        """The keys of the objects last written before ``before``."""
        ...

    async def clear_partial(self, before: datetime) -> int:
        """Remove what interrupted saves left behind (a process killed mid-upload) that was
        started before ``before``: temporary files, or unfinished multipart uploads. Returns
        how many were removed."""
        ...


def checked_key(key: str) -> str:
    """``key`` itself when it is UUIDs joined by "/", else ValueError."""
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        raise ValueError(f"not a file store key: {key!r}")
    return key


class LocalStore:
    """Files in a folder on this machine: ``root/<key>``, folders 0700 and files 0600.

    ``save`` writes to a temporary file in ``root/.tmp`` (the same file system, so the final
    ``os.replace`` is atomic), syncs it to disk, then moves it into place: a reader sees the
    whole old file or the whole new one, never part of either.
    """

    name = "local"

    def __init__(self, root: Path) -> None:
        self.root = root
        self.tmp = root / ".tmp"

    def _path(self, key: str) -> Path:
        return self.root.joinpath(*checked_key(key).split("/"))

    def _folders_for(self, target: Path) -> None:
        private_dir(self.root)
        private_dir(self.tmp)
        folder = self.root
        for part in target.relative_to(self.root).parts[:-1]:
            folder = private_dir(folder / part)

    def _new_temp(self, target: Path) -> tuple[io.BufferedWriter, Path]:
        self._folders_for(target)
        fd, name = tempfile.mkstemp(dir=self.tmp, prefix="upload-")  # mkstemp makes it 0600
        return os.fdopen(fd, "wb"), Path(name)

    @staticmethod
    def _commit(file: io.BufferedWriter, temp: Path, target: Path) -> None:
        file.flush()
        os.fsync(file.fileno())
        file.close()
        os.replace(temp, target)
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)  # the rename itself survives a crash
        finally:
            os.close(folder)

    @staticmethod
    def _discard(file: io.BufferedWriter, temp: Path) -> None:
        with contextlib.suppress(OSError):
            file.close()
        temp.unlink(missing_ok=True)

    async def save(self, key: str, chunks: AsyncIterator[bytes]) -> int:
        target = self._path(key)
        file, temp = await to_thread.run_sync(self._new_temp, target)
        size = 0
        try:
            async for chunk in chunks:
                if chunk:
                    await to_thread.run_sync(file.write, chunk)
                    size += len(chunk)
            await to_thread.run_sync(self._commit, file, temp, target)
        except BaseException:
            with CancelScope(shield=True):
                await to_thread.run_sync(self._discard, file, temp)
            raise
        return size

    def open(self, key: str) -> AsyncIterator[bytes]:
        return self._read(self._path(key))

    async def _read(self, path: Path) -> AsyncIterator[bytes]:
        try:
            file = await to_thread.run_sync(path.open, "rb")
        except (FileNotFoundError, IsADirectoryError):
            raise StoredFileMissing(f"no stored file at {path.relative_to(self.root)}") from None
        try:
            while chunk := await to_thread.run_sync(file.read, CHUNK):
                yield chunk
        finally:
            file.close()

    async def delete(self, key: str) -> None:
        await to_thread.run_sync(partial(self._path(key).unlink, missing_ok=True))

    async def exists(self, key: str) -> bool:
        return await to_thread.run_sync(self._path(key).is_file)

    def _probe(self) -> None:
        private_dir(self.root)
        private_dir(self.tmp)
        fd, name = tempfile.mkstemp(dir=self.tmp, prefix="probe-")
        os.close(fd)
        os.unlink(name)

    async def check(self) -> None:
        try:
            await to_thread.run_sync(self._probe)
        except OSError as error:
            raise StoreUnavailable(f"cannot write files under {self.root}: {error}") from error

    def _stored_before(self, before: datetime) -> list[str]:
        cutoff = before.timestamp()
        found = []
        for folder, folders, files in os.walk(self.root):
            if Path(folder) == self.root:
                folders[:] = [f for f in folders if f != self.tmp.name]
            for name in files:
                path = Path(folder, name)
                key = path.relative_to(self.root).as_posix()
                if _KEY.fullmatch(key) and path.stat().st_mtime < cutoff:
                    found.append(key)
        return sorted(found)

    async def stored_before(self, before: datetime) -> list[str]:
        return await to_thread.run_sync(self._stored_before, before)

    def _clear_partial(self, before: datetime) -> int:
        if not self.tmp.is_dir():
            return 0
        cutoff, removed = before.timestamp(), 0
        for path in self.tmp.iterdir():
            with contextlib.suppress(FileNotFoundError):  # a save finishing meanwhile
                if path.is_file() and path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
        return removed

    async def clear_partial(self, before: datetime) -> int:
        return await to_thread.run_sync(self._clear_partial, before)


def _s3_config(*, attempts: int, connect: float, read: float, custom_endpoint: bool) -> Config:
    return Config(
        connect_timeout=connect,
        read_timeout=read,
        retries={"max_attempts": attempts, "mode": "standard"},
        max_pool_connections=20,
        # S3-compatible servers (MinIO, Ceph, moto) rarely have a wildcard DNS name per bucket.
        s3={"addressing_style": "path"} if custom_endpoint else None,
    )


def _missing(error: ClientError) -> bool:
    code = str(error.response.get("Error", {}).get("Code", ""))
    return code in {"404", "NoSuchKey", "NotFound"}


class S3Store:
    """Objects in an S3 bucket (or an S3-compatible server's), at ``prefix + key``.

    One boto3 client, made here and shared by every thread (boto3 clients are thread-safe);
    every call runs in a worker thread. Credentials come from boto3's usual chain. An upload
    the process dies in the middle of leaves an incomplete multipart upload behind: give the
    bucket a lifecycle rule that aborts incomplete multipart uploads after a day.
    """

    name = "s3"

    def __init__(
        self,
        bucket: str,
        prefix: str = "cspr/",
        endpoint_url: str | None = None,
        region: str = "eu-west-2",
    ) -> None:
        self.bucket = bucket
        self.prefix = prefix
        session = boto3.session.Session()
        custom = endpoint_url is not None
        self._client: Any = session.client(
            "s3",
            region_name=region,
            endpoint_url=endpoint_url,
            config=_s3_config(attempts=4, connect=5, read=60, custom_endpoint=custom),
        )
        # The readiness probe answers quickly rather than retrying for a minute.
        self._probe: Any = session.client(
            "s3",
            region_name=region,
            endpoint_url=endpoint_url,
            config=_s3_config(attempts=1, connect=2, read=5, custom_endpoint=custom),
        )

    def _object(self, key: str) -> str:
        return self.prefix + checked_key(key)

    @staticmethod
    async def _call(method: Callable[..., Any], **params: Any) -> Any:
        return await to_thread.run_sync(partial(method, **params))

    @staticmethod
    async def _send(method: Callable[..., Any], body: bytearray, **params: Any) -> Any:
        """``method(Body=body, ...)`` in a thread. An idle worker thread keeps its last call's
        arguments, so the body goes by a box emptied during the call: the part can be freed
        as soon as it is sent, and the next one filled in its place."""
        box = [body]
        del body

        def send() -> Any:
            return method(Body=box.pop(), **params)

        return await to_thread.run_sync(send)

    async def save(self, key: str, chunks: AsyncIterator[bytes]) -> int:
        name = self._object(key)
        upload_id: str | None = None
        parts: list[dict[str, Any]] = []
        buffer = bytearray()
        size = 0
        try:
            async for chunk in chunks:
                size += len(chunk)
                rest = memoryview(chunk)
                while rest:
                    if len(buffer) == PART:  # full, and more is coming: send it as a part
                        if upload_id is None:
                            upload_id = await self._start(name)
                        parts.append(await self._part(name, upload_id, len(parts) + 1, buffer))
                        buffer = bytearray()
                    room = PART - len(buffer)
                    buffer += rest[:room]
                    rest = rest[room:]
            if upload_id is None:
                await self._send(
                    self._client.put_object,
                    buffer,
                    Bucket=self.bucket,
                    Key=name,
                    ChecksumAlgorithm=CHECKSUM,
                )
            else:
                parts.append(await self._part(name, upload_id, len(parts) + 1, buffer))
                await self._call(
                    self._client.complete_multipart_upload,
                    Bucket=self.bucket,
                    Key=name,
                    UploadId=upload_id,
                    MultipartUpload={"Parts": parts},
                )
        except BaseException:
            if upload_id is not None:
                with CancelScope(shield=True):
                    await self._abort(name, upload_id)
            raise
        return size

    async def _start(self, name: str) -> str:
        response = await self._call(
            self._client.create_multipart_upload,
            Bucket=self.bucket,
            Key=name,
            ChecksumAlgorithm=CHECKSUM,
        )
        return str(response["UploadId"])

    async def _part(
        self, name: str, upload_id: str, number: int, body: bytearray
    ) -> dict[str, Any]:
        response = await self._send(
            self._client.upload_part,
            body,
            Bucket=self.bucket,
            Key=name,
            UploadId=upload_id,
            PartNumber=number,
            ChecksumAlgorithm=CHECKSUM,
        )
        # Completing the upload names each part's checksum, so S3 checks the whole object.
        return {
            "ETag": response["ETag"],
            "PartNumber": number,
            "ChecksumCRC32": response["ChecksumCRC32"],
        }

    async def _abort(self, name: str, upload_id: str) -> None:
        try:
            await self._call(
                self._client.abort_multipart_upload,
                Bucket=self.bucket,
                Key=name,
                UploadId=upload_id,
            )
        except (BotoCoreError, ClientError):
            # The caller's exception matters more; the bucket's lifecycle rule tidies up.
            log.warning("could not abort multipart upload %s of %s", upload_id, name, exc_info=True)

    def open(self, key: str) -> AsyncIterator[bytes]:
        return self._read(self._object(key))

    async def _read(self, name: str) -> AsyncIterator[bytes]:
        try:
            response = await self._call(self._client.get_object, Bucket=self.bucket, Key=name)
        except ClientError as error:
            if _missing(error):
                raise StoredFileMissing(f"no stored file at s3://{self.bucket}/{name}") from None
            raise
        body = response["Body"]
        try:
            while chunk := await to_thread.run_sync(body.read, CHUNK):
                yield chunk
        finally:
            body.close()

    async def delete(self, key: str) -> None:
        await self._call(self._client.delete_object, Bucket=self.bucket, Key=self._object(key))

    async def exists(self, key: str) -> bool:
        try:
            await self._call(self._client.head_object, Bucket=self.bucket, Key=self._object(key))
        except ClientError as error:
            if _missing(error):
                return False
            raise
        return True

    async def check(self) -> None:
        try:
            await self._call(self._probe.head_bucket, Bucket=self.bucket)
        except (BotoCoreError, ClientError) as error:
            raise StoreUnavailable(f"cannot reach bucket {self.bucket!r}: {error}") from error

    def _stored_before(self, before: datetime) -> list[str]:
        found = []
        pages = self._client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=self.prefix
        )
        for page in pages:
            for listed in page.get("Contents", []):
                key = listed["Key"][len(self.prefix) :]
                if _KEY.fullmatch(key) and listed["LastModified"] < before:
                    found.append(key)
        return sorted(found)

    async def stored_before(self, before: datetime) -> list[str]:
        return await to_thread.run_sync(self._stored_before, before)

    def _clear_partial(self, before: datetime) -> int:
        removed = 0
        pages = self._client.get_paginator("list_multipart_uploads").paginate(
            Bucket=self.bucket, Prefix=self.prefix
        )
        for page in pages:
            for upload in page.get("Uploads", []):
                if upload["Initiated"] < before:
                    self._client.abort_multipart_upload(
                        Bucket=self.bucket, Key=upload["Key"], UploadId=upload["UploadId"]
                    )
                    removed += 1
        return removed

    async def clear_partial(self, before: datetime) -> int:
        return await to_thread.run_sync(self._clear_partial, before)


def get_store(settings: Settings | None = None) -> FileStore:
    """The store the settings name (default: the process's settings). One store per distinct
    configuration per process, so every request shares one S3 client and its connections."""
    settings = settings if settings is not None else get_settings()
    if settings.file_store == "s3":
        if not settings.s3_bucket:
            raise ValueError("file_store 's3' needs s3_bucket")
        return _s3_store(
            settings.s3_bucket, settings.s3_prefix, settings.s3_endpoint_url, settings.s3_region
        )
    return _local_store(settings.files_dir)


@lru_cache(maxsize=8)
def _local_store(root: Path) -> LocalStore:
    return LocalStore(root)


@lru_cache(maxsize=8)
def _s3_store(bucket: str, prefix: str, endpoint_url: str | None, region: str) -> S3Store:
    return S3Store(bucket, prefix, endpoint_url, region)
