/** A floor made from a new plan starts at this scale until the admin sets it with two points. */
export const PROVISIONAL_METRES_PER_PIXEL = 0.05;

/** The pixel size of an image file (an SVG without width/height reports what the browser gives it). */
export function imageSize(file: Blob): Promise<{ width: number; height: number }> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      resolve({ width: image.naturalWidth || 1000, height: image.naturalHeight || 1000 });
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the browser cannot show this image'));
    };
    image.src = url;
  });
}
