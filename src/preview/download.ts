// Saves bytes as a file through the browser's download (no server involved: the workbook never leaves the page).
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function saveBytes(bytes: Uint8Array, fileName: string): void {
  // A copy into a fresh ArrayBuffer: Blob wants ArrayBuffer-backed views, not possibly shared ones.
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
