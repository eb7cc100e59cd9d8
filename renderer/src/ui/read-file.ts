// A chosen file's bytes as base64, the way the channels that take uploaded files want them
// (the Word read-back, the register's import, the exchange file).
export function readFileBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => { reject(reader.error ?? new Error('read failed')); };
    reader.readAsDataURL(file);
  });
}
