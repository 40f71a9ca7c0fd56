import { inflateRawSync } from 'node:zlib';
import { BulwarkError } from '../../core/errors.js';

export interface ZipEntry {
  name: string;
  /** Decompress on demand, so a large archive is never fully inflated at once. */
  read(): Buffer;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

function zipError(source: string, detail: string): BulwarkError {
  return new BulwarkError('data', `${source}: not a readable zip archive: ${detail}`);
}

/**
 * The entries of a zip archive (stored or deflated), read from its central directory. Enough for the OSV
 * export zips; ZIP64 and encrypted archives are rejected with a clear error.
 */
export function listZipEntries(zip: Buffer, source = 'archive'): ZipEntry[] {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (zip.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end === -1) throw zipError(source, 'no end-of-central-directory record');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw zipError(source, 'ZIP64 archives are not supported');
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== CENTRAL_FILE_HEADER) {
      throw zipError(source, `bad central directory entry ${n}`);
    }
    const flags = zip.readUInt16LE(offset + 8);
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (flags & 1) throw zipError(source, `${name} is encrypted`);
    if (method !== 0 && method !== 8) throw zipError(source, `${name} uses unsupported compression ${method}`);
    entries.push({
      name,
      read(): Buffer {
        if (zip.readUInt32LE(localOffset) !== LOCAL_FILE_HEADER) throw zipError(source, `bad local header for ${name}`);
        const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
        const data = zip.subarray(start, start + compressedSize);
        return method === 0 ? Buffer.from(data) : inflateRawSync(data);
      },
    });
  }
  return entries;
}
