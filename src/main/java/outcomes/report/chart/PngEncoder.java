package outcomes.report.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an RGB image as a PNG (8-bit truecolour, no filter, zlib at level 6). ImageIO's writer
 * tried every filter on every row and took a third more time for these charts, which are mostly
 * flat colour; and this file depends only on the pixels and zlib, not on the JDK's image code.
 */
final class PngEncoder {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private PngEncoder() {}

  /** The PNG of an image of type {@link BufferedImage#TYPE_INT_RGB}. */
  static byte[] encode(BufferedImage image) throws IOException {
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("an RGB image is needed, not type " + image.getType());
    }
    int w = image.getWidth();
    int h = image.getHeight();
    ByteArrayOutputStream png = new ByteArrayOutputStream(256 * 1024);
    png.write(SIGNATURE);
    ByteArrayOutputStream header = new ByteArrayOutputStream(13);
    DataOutputStream ihdr = new DataOutputStream(header);
    ihdr.writeInt(w);
    ihdr.writeInt(h);
    ihdr.writeByte(8); // bits per channel
    ihdr.writeByte(2); // truecolour
    ihdr.writeByte(0); // deflate
    ihdr.writeByte(0); // adaptive filtering, each row marked "none"
    ihdr.writeByte(0); // not interlaced
    chunk(png, "IHDR", header.toByteArray());
    chunk(png, "IDAT", pixels(image, w, h));
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static byte[] pixels(BufferedImage image, int w, int h) throws IOException {
    int[] rgb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
    Deflater zlib = new Deflater(6);
    try (DeflaterOutputStream z = new DeflaterOutputStream(out, zlib, 1 << 16)) {
      byte[] row = new byte[1 + 3 * w];
      for (int y = 0; y < h; y++) {
        int p = y * w;
        for (int x = 0, i = 1; x < w; x++) {
          int c = rgb[p + x];
          row[i++] = (byte) (c >> 16);
          row[i++] = (byte) (c >> 8);
          row[i++] = (byte) c;
        }
        z.write(row);
      }
    } finally {
      zlib.end();
    }
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data)
      throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    DataOutputStream out = new DataOutputStream(png);
    out.writeInt(data.length);
    out.write(name);
    out.write(data);
    out.writeInt((int) crc.getValue());
  }
}
