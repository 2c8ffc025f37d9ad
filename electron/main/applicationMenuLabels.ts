import type { Language } from '../../shared/api/settingsChannels'

/** The native menu is drawn by the main process, so its few labels live here in both languages. */
export const MENU_LABELS: Record<Language, Record<string, string>> = {
  vi: {
    file: 'Tệp',
    new: 'Hội nghị mới',
    open: 'Mở tệp hội nghị…',
    saveCopy: 'Lưu bản sao…',
    quit: 'Thoát',
    edit: 'Sửa',
    undo: 'Hoàn tác',
    redo: 'Làm lại',
    cut: 'Cắt',
    copy: 'Sao chép',
    paste: 'Dán',
    selectAll: 'Chọn tất cả',
    view: 'Xem',
    language: 'Ngôn ngữ',
    zoomIn: 'Phóng to',
    zoomOut: 'Thu nhỏ',
    resetZoom: 'Cỡ chữ mặc định',
    fullscreen: 'Toàn màn hình'
  },
  en: {
    file: 'File',
    new: 'New conference',
    open: 'Open conference file…',
    saveCopy: 'Save a copy…',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    language: 'Language',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullscreen: 'Full screen'
  }
}
