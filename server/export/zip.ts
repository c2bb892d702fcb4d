// A zip archive written as it goes. zlib deflates on its own thread, so the next lines are
// made while the last ones are compressed. Entries follow one another in the archive, but
// several can be filled at once (the long and wide files from one read of the study): the
// first goes straight out, the others wait deflated in a temporary file until their turn.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { type FileHandle, open, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';

// Level 1: on these files close to level 4's size (a few percent larger) at three times
// its speed; measured with the export benchmark.
const LEVEL = 1;
const OUT_CHUNK = 64 * 1024;
const TEXT_CHUNK = 256 * 1024;
// Entry times are the DOS epoch (1980-01-01 00:00): the same bytes for the same data, and no
// moment of export in the file.
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
// Bit 3: sizes and checksum follow the data; bit 11: names are UTF-8.
const FLAGS = 0x0808;
const MAX32 = 0xffffffff;

interface Written {
  name: Buffer;
  offset: number;
  crc: number;
  size: number;
  compressed: number;
}

/** One entry's data on its way through zlib, to the archive or to a temporary file. */
export class ZipEntry {
  readonly name: string;
  /** Where its local header starts in the archive, once it has one. */
  offset = 0;
  /** Waits while bytes already deflated are still on their way to a temporary file. */
  room: (() => Promise<void> | undefined) | null = null;
  crc = 0;
  size = 0;
  compressed = 0;
  private readonly deflate = zlib.createDeflateRaw({ level: LEVEL, chunkSize: OUT_CHUNK });
  private readonly ended: Promise<unknown>;
  private failure: Error | null = null;
  // Text is gathered in one buffer while zlib reads the other.
  private readonly buffers = [Buffer.allocUnsafe(TEXT_CHUNK), Buffer.allocUnsafe(TEXT_CHUNK)];
  private current = 0;
  private used = 0;
  /** Until zlib has read the last bytes handed to it. */
  private reading: Promise<void> = Promise.resolve();

  constructor(name: string, onData: (chunk: Buffer) => void) {
    this.name = name;
    this.deflate.on('data', (chunk: Buffer) => {
      this.compressed += chunk.length;
      onData(chunk);
    });
    this.deflate.on('error', (err: Error) => (this.failure = err));
    this.ended = once(this.deflate, 'end');
    this.ended.catch(() => undefined);
  }

  /**
   * Adds text as UTF-8, gathered into chunks: zlib works per write. Waits only when a full
   * chunk goes to zlib while it is still busy with the one before.
   */
  text(text: string): Promise<void> | undefined {
    // At most three bytes per UTF-16 unit. Most text fits: no promise to wait on then.
    if (this.used + text.length * 3 <= TEXT_CHUNK) {
      this.used += this.buffers[this.current]!.write(text, this.used);
      return undefined;
    }
    return this.flush().then(() => (text.length * 3 > TEXT_CHUNK ? this.write(Buffer.from(text, 'utf8')) : this.text(text)));
  }

  private async flush() {
    if (this.used === 0) return;
    // `write` hands this buffer over once zlib has read the other one, which is then free.
    await this.write(this.buffers[this.current]!.subarray(0, this.used));
    this.current ^= 1;
    this.used = 0;
  }

  /** Hands bytes to zlib once it has read the ones before; they must stay as they are until the next write. */
  async write(bytes: Uint8Array) {
    if (this.failure) throw this.failure;
    this.crc = zlib.crc32(bytes, this.crc);
    this.size += bytes.length;
    await this.reading;
    await this.room?.();
    this.reading = new Promise((resolve) => this.deflate.write(bytes, () => resolve()));
  }

  async end() {
    await this.flush();
    this.deflate.end();
    await this.ended;
    if (this.failure) throw this.failure;
  }

  destroy() {
    this.deflate.destroy();
  }
}

/** Deflated bytes kept aside in a file no other process can open, gone when it is closed. */
class Spool {
  private written = 0;
  private queued = 0;
  /** The writes in order; never rejects, a failure is kept and thrown to whoever waits. */
  private writing: Promise<void> = Promise.resolve();
  private failure: unknown = null;
  private constructor(private readonly file: FileHandle, private readonly path: string | null) {}

  static async create(): Promise<Spool> {
    const path = join(tmpdir(), `leidraad-export-${randomBytes(12).toString('hex')}`);
    const file = await open(path, 'wx+', 0o600);
    // Unlinked at once where the system allows it, so nothing is left behind even if the
    // process dies; elsewhere removed on close.
    const kept = await unlink(path).then(
      () => null,
      () => path,
    );
    return new Spool(file, kept);
  }

  /** Writes in order; the caller waits on `flushed` when it must. */
  append(chunk: Buffer) {
    const at = this.written;
    this.written += chunk.length;
    this.queued += chunk.length;
    this.writing = this.writing.then(async () => {
      if (this.failure) return;
      await this.file.write(chunk, 0, chunk.length, at).then(
        () => (this.queued -= chunk.length),
        (err: unknown) => (this.failure = err),
      );
    });
  }

  /** Done writing; or, with `limit`, only waits when more than that is queued. */
  flushed(limit = 0): Promise<void> | undefined {
    if (this.failure) return Promise.reject(this.failure);
    return this.queued > limit ? this.writing.then(() => (this.failure ? Promise.reject(this.failure) : undefined)) : undefined;
  }

  stream(): Readable {
    return this.file.createReadStream({ start: 0, autoClose: false, highWaterMark: OUT_CHUNK });
  }

  async close() {
    await this.writing;
    await this.file.close();
    if (this.path) await unlink(this.path).catch(() => undefined);
  }
}

/**
 * The archive. `entry` starts the entry that goes out now; `aside` starts one that is filled
 * at the same time and goes out later, from its temporary file, by `copy`. `take` hands over
 * the bytes ready so far, in archive order; `end` adds the central directory.
 */
export class ZipWriter {
  private ready: Buffer[] = [];
  private readyBytes = 0;
  private offset = 0;
  private readonly written: Written[] = [];
  private readonly spools = new Map<ZipEntry, Spool>();
  private readonly open = new Set<ZipEntry>();

  private emit(chunk: Buffer) {
    this.ready.push(chunk);
    this.readyBytes += chunk.length;
    this.offset += chunk.length;
  }

  /** Bytes ready to send. */
  get buffered() {
    return this.readyBytes;
  }

  take(): Buffer[] {
    const out = this.ready;
    this.ready = [];
    this.readyBytes = 0;
    return out;
  }

  /** An entry whose data go into the archive as they come. */
  entry(name: string): ZipEntry {
    const entry = new ZipEntry(name, (chunk) => this.emit(chunk));
    entry.offset = this.offset;
    this.emit(localHeader(name));
    this.open.add(entry);
    return entry;
  }

  /** An entry filled now and written after the current one, by `copy`. */
  async aside(name: string): Promise<ZipEntry> {
    const spool = await Spool.create();
    const entry = new ZipEntry(name, (chunk) => spool.append(chunk));
    entry.room = () => spool.flushed(1 << 20);
    this.spools.set(entry, spool);
    this.open.add(entry);
    return entry;
  }

  /** Ends an entry written by `entry`: its data descriptor follows its data. */
  async finish(entry: ZipEntry) {
    await entry.end();
    this.open.delete(entry);
    this.emit(this.descriptor(entry));
  }

  /** Writes an entry whole (small ones: syntax files, the codebook). */
  async whole(name: string, text: string) {
    const entry = this.entry(name);
    await entry.text(text);
    await this.finish(entry);
  }

  /** Puts an entry kept aside into the archive; yields as its bytes are read back. */
  async *copy(entry: ZipEntry): AsyncGenerator<Buffer[]> {
    const spool = this.spools.get(entry)!;
    await entry.end();
    this.open.delete(entry);
    await spool.flushed();
    entry.offset = this.offset;
    this.emit(localHeader(entry.name));
    for await (const chunk of spool.stream()) {
      this.emit(chunk as Buffer);
      yield this.take();
    }
    this.emit(this.descriptor(entry));
    this.spools.delete(entry);
    await spool.close();
  }

  /**
   * The data descriptor: 8-byte sizes past 4 GiB (then the central directory has them in its
   * ZIP64 field too), decided at the end, as a streamed entry's size is only known then.
   */
  private descriptor(entry: ZipEntry): Buffer {
    const zip64 = entry.size > MAX32 || entry.compressed > MAX32;
    this.written.push({ name: Buffer.from(entry.name, 'utf8'), offset: entry.offset, crc: entry.crc, size: entry.size, compressed: entry.compressed });
    const b = Buffer.alloc(zip64 ? 24 : 16);
    b.writeUInt32LE(0x08074b50, 0);
    b.writeUInt32LE(entry.crc, 4);
    if (zip64) {
      b.writeBigUInt64LE(BigInt(entry.compressed), 8);
      b.writeBigUInt64LE(BigInt(entry.size), 16);
    } else {
      b.writeUInt32LE(entry.compressed, 8);
      b.writeUInt32LE(entry.size, 12);
    }
    return b;
  }

  /** The central directory and its end record (with the ZIP64 records when needed). */
  end() {
    const start = this.offset;
    for (const w of this.written) this.emit(centralHeader(w));
    const size = this.offset - start;
    const count = this.written.length;
    if (start > MAX32 || size > MAX32 || count > 0xffff) {
      const end64 = this.offset;
      const r = Buffer.alloc(56);
      r.writeUInt32LE(0x06064b50, 0);
      r.writeBigUInt64LE(44n, 4);
      r.writeUInt16LE(45, 12);
      r.writeUInt16LE(45, 14);
      r.writeBigUInt64LE(BigInt(count), 24);
      r.writeBigUInt64LE(BigInt(count), 32);
      r.writeBigUInt64LE(BigInt(size), 40);
      r.writeBigUInt64LE(BigInt(start), 48);
      this.emit(r);
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(0x07064b50, 0);
      locator.writeBigUInt64LE(BigInt(end64), 8);
      locator.writeUInt32LE(1, 16);
      this.emit(locator);
    }
    const e = Buffer.alloc(22);
    e.writeUInt32LE(0x06054b50, 0);
    e.writeUInt16LE(Math.min(count, 0xffff), 8);
    e.writeUInt16LE(Math.min(count, 0xffff), 10);
    e.writeUInt32LE(Math.min(size, MAX32), 12);
    e.writeUInt32LE(Math.min(start, MAX32), 16);
    this.emit(e);
  }

  /** Stops everything still running and removes the temporary files. */
  async close() {
    for (const entry of this.open) entry.destroy();
    this.open.clear();
    await Promise.all([...this.spools.values()].map((s) => s.close()));
    this.spools.clear();
  }
}

function localHeader(text: string): Buffer {
  const name = Buffer.from(text, 'utf8');
  const b = Buffer.alloc(30 + name.length);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(FLAGS, 6);
  b.writeUInt16LE(8, 8);
  b.writeUInt16LE(DOS_TIME, 10);
  b.writeUInt16LE(DOS_DATE, 12);
  // crc and sizes (14-25) are zero here: they are in the data descriptor.
  b.writeUInt16LE(name.length, 26);
  name.copy(b, 30);
  return b;
}

function centralHeader(w: Written): Buffer {
  const zip64 = w.size > MAX32 || w.compressed > MAX32 || w.offset > MAX32;
  const extra = zip64 ? 28 : 0;
  const b = Buffer.alloc(46 + w.name.length + extra);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE(zip64 ? 45 : 20, 4);
  b.writeUInt16LE(zip64 ? 45 : 20, 6);
  b.writeUInt16LE(FLAGS, 8);
  b.writeUInt16LE(8, 10);
  b.writeUInt16LE(DOS_TIME, 12);
  b.writeUInt16LE(DOS_DATE, 14);
  b.writeUInt32LE(w.crc, 16);
  b.writeUInt32LE(zip64 ? MAX32 : w.compressed, 20);
  b.writeUInt32LE(zip64 ? MAX32 : w.size, 24);
  b.writeUInt16LE(w.name.length, 28);
  b.writeUInt16LE(extra, 30);
  b.writeUInt32LE(zip64 ? MAX32 : w.offset, 42);
  w.name.copy(b, 46);
  if (zip64) {
    const x = 46 + w.name.length;
    b.writeUInt16LE(0x0001, x);
    b.writeUInt16LE(24, x + 2);
    b.writeBigUInt64LE(BigInt(w.size), x + 4);
    b.writeBigUInt64LE(BigInt(w.compressed), x + 12);
    b.writeBigUInt64LE(BigInt(w.offset), x + 20);
  }
  return b;
}
