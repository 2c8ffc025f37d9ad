; Included by electron-builder's NSIS template (nsis.include in electron-builder.yml).
; The uninstaller lists one optional, unticked component: deleting the data folder. Conferences
; are the clerk's work, so they stay unless the clerk ticks it; an update (isUpdated) never deletes.
; Language ids are numeric because this file is read before MUI defines LANG_VIETNAMESE/LANG_ENGLISH.
LangString hoinghiDeleteData 1066 "Xóa cả thư mục dữ liệu (mọi hội nghị, bản lưu, cài đặt)"
LangString hoinghiDeleteData 1033 "Also delete the data folder (all conferences, snapshots, settings)"

!macro customUnInstallSection
  Section /o "un.$(hoinghiDeleteData)" hoinghiDeleteDataSection
    ${ifNot} ${isUpdated}
      SetShellVarContext current
      RMDir /r "$APPDATA\hoinghi"
    ${endIf}
  SectionEnd
!macroend
