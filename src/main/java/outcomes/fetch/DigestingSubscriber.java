package outcomes.fetch;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.LongConsumer;

/**
 * Passes a body on to a file while counting and hashing it, so the bytes are read once. The HTTP
 * client calls onNext one buffer list at a time, so the count needs no locking; it is read after
 * the body completes.
 */
final class DigestingSubscriber implements HttpResponse.BodySubscriber<Path> {
  private final HttpResponse.BodySubscriber<Path> file;
  private final MessageDigest sha256;
  private final LongConsumer progress;
  private long bytes;

  DigestingSubscriber(
      HttpResponse.BodySubscriber<Path> file, MessageDigest sha256, LongConsumer progress) {
    this.file = file;
    this.sha256 = sha256;
    this.progress = progress;
  }

  long bytes() {
    return bytes;
  }

  @Override
  public CompletionStage<Path> getBody() {
    return file.getBody();
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    file.onSubscribe(subscription);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    for (ByteBuffer b : items) {
      ByteBuffer view = b.duplicate(); // the file subscriber still reads the original
      bytes += view.remaining();
      sha256.update(view);
    }
    progress.accept(bytes);
    file.onNext(items);
  }

  @Override
  public void onError(Throwable throwable) {
    file.onError(throwable);
  }

  @Override
  public void onComplete() {
    file.onComplete();
  }
}
