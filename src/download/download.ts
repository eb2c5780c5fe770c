/**
 * The download page: where Excel's own webview cannot save a file (Excel for Mac, office-js #3385,
 * #4681), the add-in opens this page in the user's browser with Office.context.ui.openBrowserWindow
 * (https://learn.microsoft.com/javascript/api/office/office.ui#office-office-ui-openbrowserwindow-member(1)),
 * the file in the address's fragment (#name=…&type=…&data=base64url); the browser saves it from here.
 * The fragment is never sent to a server, and the page imports nothing else of the add-in.
 */

/** The file the fragment carries, or undefined when it carries none. */
export function fileOfFragment(hash: string): { name: string; type: string; bytes: Uint8Array } | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const name = params.get("name");
  const data = params.get("data");
  if (!name || !data || !/^[A-Za-z0-9_-]*$/.test(data)) return undefined;
  const binary = atob(data.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  // The name is only a suggestion to the browser's save dialog: no folder, nothing but the file's own name.
  const safe = name.replace(/[\\/:*?"<>|]/g, "_");
  return { name: safe, type: params.get("type") ?? "application/octet-stream", bytes };
}

function save(file: { name: string; type: string; bytes: Uint8Array }): void {
  const url = URL.createObjectURL(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function start(): void {
  const status = document.getElementById("status");
  const again = document.getElementById("again");
  const file = fileOfFragment(window.location.hash);
  if (!status || !again) return;
  if (!file) {
    status.textContent =
      "ไม่มีไฟล์ให้ดาวน์โหลด: เปิดหน้านี้จาก add-in · No file to download: open this page from the add-in.";
    return;
  }
  status.textContent = `กำลังบันทึก ${file.name} … · Saving ${file.name} …`;
  again.hidden = false;
  again.addEventListener("click", () => save(file));
  save(file);
}

if (typeof document !== "undefined" && document.getElementById("status")) start();
