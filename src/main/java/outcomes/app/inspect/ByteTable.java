package outcomes.app.inspect;

import java.util.Arrays;

/**
 * Distinct byte strings numbered 0, 1, 2… in the order they were first added: a hash set whose keys
 * live in 64 KB pages, so a lookup allocates nothing, a million keys cost a few arrays, and growing
 * never copies the keys (which, copied, would linger in the old generation as garbage).
 */
final class ByteTable {
  private static final int PAGE = 1 << 16;

  private byte[][] pages = new byte[4][];
  private int pageCount;

  /** Bytes used in the last page. */
  private int used = PAGE;

  private int[] starts = new int[16];
  private int[] lengths = new int[16];
  private int[] hashes = new int[16];
  private int size;

  /** Open addressing: 0 for an empty slot, else the key's number + 1. */
  private int[] slots = new int[32];

  int size() {
    return size;
  }

  static int hash(byte[] b, int off, int len) {
    int h = len;
    for (int p = off, end = off + len; p < end; p++) {
      h = 31 * h + b[p];
    }
    h *= 0x9E3779B9;
    return h ^ (h >>> 15);
  }

  /** The key's number, or -1. */
  int find(byte[] b, int off, int len, int hash) {
    int mask = slots.length - 1;
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      int s = slots[i];
      if (s == 0) {
        return -1;
      }
      int id = s - 1;
      if (hashes[id] == hash && equals(id, b, off, len)) {
        return id;
      }
    }
  }

  /** Adds a key known to be absent; returns its number. */
  int add(byte[] b, int off, int len, int hash) {
    if (size == starts.length) {
      int n = size * 2;
      starts = Arrays.copyOf(starts, n);
      lengths = Arrays.copyOf(lengths, n);
      hashes = Arrays.copyOf(hashes, n);
    }
    if (used + len > PAGE || len > PAGE) {
      newPage(Math.max(PAGE, len));
    }
    byte[] page = pages[pageCount - 1];
    System.arraycopy(b, off, page, used, len);
    int id = size++;
    starts[id] = (pageCount - 1) << 16 | used;
    lengths[id] = len;
    hashes[id] = hash;
    // a key longer than a page has a page to itself
    used = len > PAGE ? PAGE : used + len;
    if (size * 2 > slots.length) {
      rehash();
    } else {
      place(id);
    }
    return id;
  }

  private void newPage(int length) {
    if (pageCount == pages.length) {
      pages = Arrays.copyOf(pages, pageCount * 2);
    }
    if (pages[pageCount] == null || pages[pageCount].length < length) {
      pages[pageCount] = new byte[length];
    }
    pageCount++;
    used = 0;
  }

  /** The key's number, adding it if new. */
  int intern(byte[] b, int off, int len) {
    int h = hash(b, off, len);
    int id = find(b, off, len, h);
    return id >= 0 ? id : add(b, off, len, h);
  }

  boolean equals(int id, byte[] b, int off, int len) {
    if (lengths[id] != len) {
      return false;
    }
    // Keys are short: a plain loop beats Arrays.equals' set-up, and compiles small where it is
    // inlined (every lookup of a row).
    byte[] keys = pages[starts[id] >>> 16];
    int s = starts[id] & 0xFFFF;
    for (int i = 0; i < len; i++) {
      if (keys[s + i] != b[off + i]) {
        return false;
      }
    }
    return true;
  }

  /** The array holding key {@code id}, which is at {@link #start} for {@link #length} bytes. */
  byte[] keys(int id) {
    return pages[starts[id] >>> 16];
  }

  int start(int id) {
    return starts[id] & 0xFFFF;
  }

  int length(int id) {
    return lengths[id];
  }

  int hashOf(int id) {
    return hashes[id];
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    for (int id = 0; id < size; id++) {
      place(id);
    }
  }

  private void place(int id) {
    int mask = slots.length - 1;
    int i = hashes[id] & mask;
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    slots[i] = id + 1;
  }
}
