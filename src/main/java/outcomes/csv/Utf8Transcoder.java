package outcomes.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A file in a declared encoding other than UTF-8, read as UTF-8 so one scanner serves every file.
 * Text that is not valid in the declared encoding is delivered up to the bad bytes, and the next
 * read fails: the reader has by then counted every line before them, so the error names the line
 * the bad bytes are on.
 */
final class Utf8Transcoder extends InputStream {
  private final InputStream in;
  private final CharsetDecoder decoder;
  private final CharsetEncoder encoder =
      StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer raw = ByteBuffer.allocate(1 << 16);
  private final CharBuffer chars = CharBuffer.allocate(1 << 16);
  private final ByteBuffer out = ByteBuffer.allocate(1 << 18);
  private boolean inputDone;
  private boolean finished;
  private CharacterCodingException pending;

  Utf8Transcoder(InputStream in, Charset charset) {
    this.in = in;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    raw.flip();
    out.flip();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!out.hasRemaining()) {
      if (pending != null) {
        throw pending;
      }
      if (finished) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, out.remaining());
    out.get(b, off, n);
    return n;
  }

  private void fill() throws IOException {
    if (!inputDone) {
      raw.compact();
      int n = in.read(raw.array(), raw.position(), raw.remaining());
      if (n < 0) {
        inputDone = true;
      } else {
        raw.position(raw.position() + n);
      }
      raw.flip();
    }
    CoderResult r = decoder.decode(raw, chars, inputDone);
    if (r.isError()) {
      pending =
          r.isMalformed()
              ? new java.nio.charset.MalformedInputException(r.length())
              : new java.nio.charset.UnmappableCharacterException(r.length());
    } else if (inputDone && r.isUnderflow()) {
      CoderResult f = decoder.flush(chars);
      finished = !f.isOverflow();
    }
    chars.flip();
    out.compact();
    encoder.encode(chars, out, finished || pending != null);
    out.flip();
    chars.compact();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
