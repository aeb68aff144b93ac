package outcomes.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import outcomes.model.Location;

/**
 * Where the first byte that is not valid in a file's encoding is. A reader decodes ahead of the
 * CSV parser in blocks, so the parser's line when decoding fails can be hundreds of lines early;
 * this reads the file again, only on that error, to name the line and the CSV column (field) that
 * hold the byte. Quotes are followed so that a comma or line break inside a quoted cell counts as
 * text, as the parser counts it.
 */
final class EncodingErrors {
  private EncodingErrors() {}

  /** The byte's line and column, or {@code fallback} when the file cannot be read again. */
  static Location locate(String file, Charset charset, Location fallback) {
    try {
      long offset = firstBadByte(Path.of(file), charset);
      return offset < 0 ? fallback : position(Path.of(file), offset);
    } catch (IOException | RuntimeException e) {
      return fallback;
    }
  }

  private static long firstBadByte(Path path, Charset charset) throws IOException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    long base = 0;
    boolean eof = false;
    try (ReadableByteChannel ch = Files.newByteChannel(path)) {
      while (true) {
        if (!eof && ch.read(in) < 0) {
          eof = true;
        }
        in.flip();
        CoderResult r = decoder.decode(in, out, eof);
        if (r.isError()) {
          return base + in.position();
        }
        if (eof && r.isUnderflow()) {
          return -1;
        }
        out.clear();
        base += in.position();
        in.compact();
      }
    }
  }

  private static Location position(Path path, long offset) throws IOException {
    long line = 1;
    int field = 1;
    boolean quoted = false;
    int previous = -1;
    try (var in = new java.io.BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
      for (long i = 0; i < offset; i++) {
        int b = in.read();
        if (b == '"') {
          quoted = !quoted;
        } else if (b == '\n' && previous != '\r' || b == '\r') {
          line++;
          field = quoted ? field : 1;
        } else if (b == ',' && !quoted) {
          field++;
        }
        previous = b;
      }
    }
    return new Location(path.toString(), line, field);
  }
}
